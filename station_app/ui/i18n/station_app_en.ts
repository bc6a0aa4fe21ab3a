<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>受邀</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>建会咨询</source>
        <translation>Union enquiry</translation>
    </message>
    <message>
        <source>召开情况</source>
        <translation>Meeting results</translation>
    </message>
    <message>
        <source> 人次</source>
        <translation> enquiries</translation>
    </message>
    <message>
        <source>%1 人（按现场入会登记自动统计）</source>
        <translation>%1 (counted from walk-in registrations)</translation>
    </message>
    <message>
        <source>企业名称：从企业库选择，或输入新企业</source>
        <translation>Enterprise name: choose from the register or type a new one</translation>
    </message>
    <message>
        <source>添加企业</source>
        <translation>Add enterprise</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>暂无记录</source>
        <translation>Nothing recorded yet</translation>
    </message>
    <message>
        <source>入会礼品随入会登记记录；其他发放请用“发放登记”，这里不再重复填写。</source>
        <translation>Membership gifts are recorded with each registration; record other hand-outs under “Hand-outs”, not again here.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;：%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>接待职工咨询</source>
        <translation>Employee enquiries</translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation>Walk-in membership</translation>
    </message>
    <message>
        <source>已记录的发放</source>
        <translation>Hand-outs recorded</translation>
    </message>
    <message>
        <source>保存并标记已召开 (Ctrl+Enter)</source>
        <translation>Save and mark as held (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>企业（建会咨询、到场企业）</source>
        <translation>Enterprises (union enquiries, attending firms)</translation>
    </message>
    <message>
        <source>参会企业及结果</source>
        <translation>Attending enterprises and outcomes</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1（新增到企业库）</source>
        <translation>%1 (added to the register)</translation>
    </message>
    <message>
        <source>已建会企业不能记为“有建会意向”</source>
        <translation>A unionized enterprise cannot be marked “intends to found a union”</translation>
    </message>
    <message>
        <source>“%1”已在列表中。</source>
        <translation>“%1” is already in the list.</translation>
    </message>
    <message>
        <source>“%1”不在企业库中，保存时将新增（未建会）。</source>
        <translation>“%1” is not in the register; it will be added (no union) when you save.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>SQLite 数据库 (*.sqlite3 *.db *.sqlite);;所有文件 (*)</source>
        <translation>SQLite database (*.sqlite3 *.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>备份数据库到…</source>
        <translation>Back up database to…</translation>
    </message>
</context>
<context>
    <name>BlankFormsDialog</name>
    <message>
        <source>打印空白申请表</source>
        <translation>Print blank application forms</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>份数(&amp;N)：</source>
        <translation>&amp;Number of copies:</translation>
    </message>
    <message>
        <source>语言(&amp;L)：</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>BusyCloseDialog</name>
    <message>
        <source>还有工作在进行</source>
        <translation>Work still in progress</translation>
    </message>
    <message>
        <source>后台工作</source>
        <translation>background work</translation>
    </message>
    <message>
        <source>“%1”还没有完成。现在关闭程序吗？</source>
        <translation>“%1” has not finished yet. Close the program now?</translation>
    </message>
    <message>
        <source>等它完成后关闭最稳妥；停止则不会留下写了一半的文件，但这项工作需要重做。</source>
        <translation>Closing after it finishes is safest; stopping leaves no half-written file, but the work will have to be done again.</translation>
    </message>
    <message>
        <source>等完成后关闭</source>
        <translation>Close when finished</translation>
    </message>
    <message>
        <source>停止并关闭</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <source>不关闭</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>记录于</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>物品</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>领取人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>（不记名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>随入会登记</source>
        <translation>With registration</translation>
    </message>
    <message>
        <source>发放登记</source>
        <translation>Hand-out register</translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>上次跟进</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>上次情况</source>
        <translation>Last outcome</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>原阶段</source>
        <translation>Previous stage</translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 天后答复</source>
        <translation>Answered after %1 days</translation>
    </message>
    <message>
        <source>已等 %1 天</source>
        <translation>Waiting %1 days</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>时长</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>参会企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>待计入的入会登记</source>
        <translation>Registrations waiting to be counted</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>建会日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>沟通会日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>会员代表大会日期</source>
        <translation>Congress date</translation>
    </message>
    <message>
        <source>咨询人次</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>楼宇</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>职工数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>建会咨询</source>
        <translation>Union enquiry</translation>
    </message>
    <message>
        <source>外资</source>
        <translation>Foreign-invested</translation>
    </message>
    <message>
        <source>建会状态</source>
        <translation>Union status</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>仍然保存</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>不保存</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>取消此次沟通会</source>
        <translation>Cancel this meeting</translation>
    </message>
    <message>
        <source>不取消</source>
        <translation>Keep the meeting</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <source>删除资料</source>
        <translation>Delete material</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>ConfirmFullValues</name>
    <message>
        <source>导出完整信息</source>
        <translation>Export full details</translation>
    </message>
    <message>
        <source>不导出</source>
        <translation>Don&apos;t export</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>导入会员名单…</source>
        <translation>Import member list…</translation>
    </message>
    <message>
        <source>按上级模板导出会员…</source>
        <translation>Export members to a higher-level template…</translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>合并活动电脑数据…</source>
        <translation>Merge event laptop data…</translation>
    </message>
    <message>
        <source>准备活动电脑数据库…</source>
        <translation>Prepare event laptop database…</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>密码与加密…</source>
        <translation>Password and encryption…</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>%1-备份%2</source>
        <translation>%1-backup%2</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用“%1”替换当前的数据库？当前的数据库会先另存到备份文件夹。</source>
        <translation>Replace the current database with “%1”? The current database is first saved to the backups folder.</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>已备份到：%1</source>
        <translation>Backed up to: %1</translation>
    </message>
    <message>
        <source>服务器数据库-备份.sqlite3</source>
        <translation>server-database-backup.sqlite3</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Restore database</translation>
    </message>
    <message>
        <source>服务器上的数据库由服务器管理员恢复（pg_restore），不能在这里恢复。</source>
        <translation>A database on a server is restored by the server&apos;s administrator (pg_restore), not here.</translation>
    </message>
    <message>
        <source>这个备份文件检查未通过，未做任何改动。
%1</source>
        <translation>This backup file failed its check; nothing was changed.
%1</translation>
    </message>
    <message>
        <source>用备份替换</source>
        <translation>Replace with the backup</translation>
    </message>
    <message>
        <source>不恢复</source>
        <translation>Don&apos;t restore</translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据库另存为：%1</source>
        <translation>Restored. The database as it was before is saved as: %1</translation>
    </message>
    <message>
        <source>选择活动电脑的数据库</source>
        <translation>Choose the event laptop&apos;s database</translation>
    </message>
    <message>
        <source>正在合并…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>合并完成</source>
        <translation>Merge complete</translation>
    </message>
    <message>
        <source>正在比对两份数据…</source>
        <translation>Comparing the two databases…</translation>
    </message>
    <message>
        <source>比对</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>活动电脑数据库保存为…</source>
        <translation>Save event laptop database as…</translation>
    </message>
    <message>
        <source>活动电脑.sqlite3</source>
        <translation>event-laptop.sqlite3</translation>
    </message>
    <message>
        <source>已准备好</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>活动电脑的数据库已保存为：%1
把它复制到活动电脑，用 --db 打开；活动结束后用“合并活动电脑数据…”把登记带回本机。</source>
        <translation>The event laptop&apos;s database is saved as: %1
Copy it to the event laptop and open it with --db; after the event, use “Merge event laptop data…” to bring the registrations back to this computer.</translation>
    </message>
    <message>
        <source>密码与加密</source>
        <translation>Password and encryption</translation>
    </message>
    <message>
        <source>服务器上的数据库由服务器管理员保护（账号、密码和加密连接），不在这里加密。</source>
        <translation>A database on a server is protected by the server&apos;s administrator (accounts, passwords and encrypted connections), not encrypted here.</translation>
    </message>
    <message>
        <source>开机密码</source>
        <translation>Start-up password</translation>
    </message>
    <message>
        <source>已设置开机密码（数据库文件没有加密）。</source>
        <translation>Start-up password set (the database file is not encrypted).</translation>
    </message>
    <message>
        <source>已取消开机密码。</source>
        <translation>Start-up password removed.</translation>
    </message>
    <message>
        <source>数据库加密</source>
        <translation>Database encryption</translation>
    </message>
    <message>
        <source>已取消加密。</source>
        <translation>Encryption removed.</translation>
    </message>
    <message>
        <source>数据库文件已加密。以后的备份和活动电脑的副本也用这个密码加密。</source>
        <translation>The database file is encrypted. Future backups and event laptop copies are encrypted with the same password.</translation>
    </message>
    <message>
        <source>

备份文件夹中有 %1 份以前的备份没有加密，别的程序仍能读出其中的个人信息；忘记密码时只能用它们恢复。确认不再需要后，请在备份文件夹中删除：
</source>
        <translation>

The backups folder holds %1 older backups that are not encrypted; other programs can still read the personal information in them, and if the password is forgotten they are the only way to restore. Once you are sure they are no longer needed, delete them in the backups folder:
</translation>
    </message>
    <message>
        <source>升级数据库</source>
        <translation>Upgrading the database</translation>
    </message>
    <message>
        <source>正在升级数据库（新版本第一次打开时，只做一次）…</source>
        <translation>Upgrading the database (once, the first time a new version opens it)…</translation>
    </message>
    <message>
        <source>关闭前备份</source>
        <translation>Backup before closing</translation>
    </message>
    <message>
        <source>准备拼音检索</source>
        <translation>Preparing pinyin search</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>此人已登记</source>
        <translation>Already registered</translation>
    </message>
    <message>
        <source>该身份证号码已经登记过，不能再登记一次。要打开已有的记录吗？</source>
        <translation>This ID number is already registered and cannot be registered again. Open the existing record?</translation>
    </message>
    <message>
        <source>已有姓名和手机号码都相同的会员，可能是同一个人（身份证号码录错了？）。要打开已有的记录核对吗？</source>
        <translation>A member with the same name and mobile number already exists; this may be the same person (a mistyped ID number?). Open the existing record to check?</translation>
    </message>
    <message>
        <source>打开已有记录</source>
        <translation>Open existing record</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>EditedElsewhereDialog</name>
    <message>
        <source>这条登记刚被别人改过</source>
        <translation>Someone else just changed this record</translation>
    </message>
    <message>
        <source>（内容相同，只是保存过）</source>
        <translation>(same content, only saved again)</translation>
    </message>
    <message>
        <source>在您修改“%1”的登记时，另一位工作人员（另一台电脑）已经保存了对它的修改：
%2

载入对方的修改：放弃您这次的改动，表单显示对方保存的内容。
用我的内容保存：您表单上的内容覆盖对方的修改。</source>
        <translation>While you were editing the record of “%1”, another clerk (at another computer) saved changes to it:
%2

Load their changes: discard your edits; the form shows what they saved.
Save mine: what is on your form replaces their changes.</translation>
    </message>
    <message>
        <source>载入对方的修改</source>
        <translation>Load their changes</translation>
    </message>
    <message>
        <source>用我的内容保存</source>
        <translation>Save mine</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <source>修改建会日期</source>
        <translation>Change founding date</translation>
    </message>
    <message>
        <source>建会日期 %1 → %2。修改原因（必填，记入操作日志）：</source>
        <translation>Founding date %1 → %2. Reason for the change (required, kept in the audit log):</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>不修改</source>
        <translation>Don&apos;t change</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>变更阶段…</source>
        <translation>Change stage…</translation>
    </message>
    <message>
        <source>记录跟进…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>记录意见建议…</source>
        <translation>Record suggestion…</translation>
    </message>
    <message>
        <source>答复所选…</source>
        <translation>Reply to selected…</translation>
    </message>
    <message>
        <source>保存大会日期</source>
        <translation>Save congress date</translation>
    </message>
    <message>
        <source>会员代表大会日期</source>
        <translation>Member representative congress date</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>阶段变更</source>
        <translation>Stage changes</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>建会筹备</source>
        <translation>Union founding</translation>
    </message>
    <message>
        <source>&lt;b&gt;请在上方选择一家企业&lt;/b&gt;</source>
        <translation>&lt;b&gt;Choose an enterprise above&lt;/b&gt;</translation>
    </message>
    <message>
        <source>阶段：%1</source>
        <translation>Stage: %1</translation>
    </message>
    <message>
        <source>建会情况：%1</source>
        <translation>Union status: %1</translation>
    </message>
    <message>
        <source>职工 %1 人</source>
        <translation>%1 employees</translation>
    </message>
    <message>
        <source>建会日期：%1</source>
        <translation>Founded: %1</translation>
    </message>
    <message>
        <source>外资</source>
        <translation>Foreign-invested</translation>
    </message>
    <message>
        <source>联系人：%1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>下次跟进：%1</source>
        <translation>Next follow-up: %1</translation>
    </message>
    <message>
        <source>修改建会日期…</source>
        <translation>Change founding date…</translation>
    </message>
    <message>
        <source>企业进入“筹备中”阶段后，这里列出建会筹备事项。</source>
        <translation>Once the enterprise reaches the “Preparing” stage, the steps of founding its union are listed here.</translation>
    </message>
    <message>
        <source>%1（%2 完成）</source>
        <translation>%1 (done %2)</translation>
    </message>
    <message>
        <source>已召开会员代表大会：建会日期即大会日期。</source>
        <translation>Member representative congress held: the founding date is the congress date.</translation>
    </message>
    <message>
        <source>筹备材料 %1 / %2 项已完成</source>
        <translation>Founding documents: %1 of %2 done</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>新增企业</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>编辑企业</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <source>18 位，如 91110108551385082Q</source>
        <translation>18 characters, e.g. 91110108551385082Q</translation>
    </message>
    <message>
        <source>外资企业（可能需要英文材料）</source>
        <translation>Foreign-invested (may need English materials)</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> employees</translation>
    </message>
    <message>
        <source>查看已登记的企业</source>
        <translation>Show the registered enterprise</translation>
    </message>
    <message>
        <source>企业名称 *</source>
        <translation>Enterprise name *</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>所在楼宇</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>企业性质</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>建会情况</source>
        <translation>Union status</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>建会情况随阶段变更自动更新</source>
        <translation>The union status follows the stage automatically</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <source>按企业名称或统一社会信用代码查找</source>
        <translation>Search by enterprise name or Unified Social Credit Code</translation>
    </message>
    <message>
        <source>全部建会情况</source>
        <translation>Any union status</translation>
    </message>
    <message>
        <source>内资和外资</source>
        <translation>Domestic and foreign</translation>
    </message>
    <message>
        <source>仅外资</source>
        <translation>Foreign-invested only</translation>
    </message>
    <message>
        <source>仅内资</source>
        <translation>Domestic only</translation>
    </message>
    <message>
        <source>仅 100 人以上</source>
        <translation>100+ employees only</translation>
    </message>
    <message>
        <source>新增企业…</source>
        <translation>New enterprise…</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>&lt;b&gt;建会阶段&lt;/b&gt;</source>
        <translation>&lt;b&gt;Founding stages&lt;/b&gt;</translation>
    </message>
    <message>
        <source>答复所选…</source>
        <translation>Reply to selected…</translation>
    </message>
    <message>
        <source>企业名录</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部楼宇</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>全部企业&#x3000;%1</source>
        <translation>All enterprises&#x3000;%1</translation>
    </message>
    <message>
        <source>（未分阶段）</source>
        <translation>(no stage)</translation>
    </message>
    <message>
        <source>共 %1 家，其中 100 人以上 %2 家</source>
        <translation>%1 enterprises, %2 of them with 100+ employees</translation>
    </message>
    <message>
        <source>待跟进（%1）</source>
        <translation>Due (%1)</translation>
    </message>
    <message>
        <source>逾期 %1 家（红色），本周内到期 %2 家；按计划日期排列，最紧急的在最上面。</source>
        <translation>%1 overdue (red), %2 due this week; sorted by planned date, most urgent first.</translation>
    </message>
    <message>
        <source>意见建议（待答复 %1）</source>
        <translation>Suggestions (%1 awaiting reply)</translation>
    </message>
    <message>
        <source>尚未收集到企业的意见建议。</source>
        <translation>No suggestions from enterprises yet.</translation>
    </message>
    <message>
        <source>共收集意见建议 %1 类 %2 条，已逐一答复。</source>
        <translation>%2 suggestions in %1 categories, all answered.</translation>
    </message>
    <message>
        <source>共收集意见建议 %1 类 %2 条，已答复 %3 条，尚有 %4 条待答复（%5）。</source>
        <translation>%2 suggestions in %1 categories: %3 answered, %4 awaiting a reply (%5).</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>企业跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>请先选择一条意见建议。</source>
        <translation>Choose a suggestion first.</translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>删除个人信息</source>
        <translation>Delete personal information</translation>
    </message>
    <message>
        <source>将删除“%1”的姓名、身份证号码、手机号码等全部个人信息。
入会时间和所属沟通会保留，统计数字不变。此操作不能撤销。</source>
        <translation>All personal information of “%1” (name, ID number, mobile number and the rest) will be deleted.
The joining date and meeting are kept and the figures do not change. This cannot be undone.</translation>
    </message>
    <message>
        <source>删除原因（必填），例如：本人书面申请</source>
        <translation>Reason for deleting (required), e.g. written request from the member</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>
  …另有 %1 份</source>
        <translation>
  …and %1 more</translation>
    </message>
    <message>
        <source>备份文件夹中有 %1 份更早的备份，仍含有此人的信息，删除不会改变它们：
%2%3
处理方法：自动备份按保留规则陆续删除（最迟 12 个月）；手动备份和恢复前的副本半年后删除（每种留最新一份），要更早删除请在备份文件夹中删除。从这些备份恢复后，程序会再次删除此人（删除记录随当前数据库保留）。复制到 U 盘等处的备份请一并处理。</source>
        <translation>The backups folder holds %1 older backups that still contain this person&apos;s information; deleting does not change them:
%2%3
What happens to them: automatic backups are removed under the keeping rules (within 12 months at most); manual backups and pre-restore copies after six months (the newest of each kind is kept). To remove them sooner, delete them in the backups folder. If one of these backups is restored, the program deletes this person again (the deletion record stays with the current database). Handle copies on USB drives and elsewhere too.</translation>
    </message>
    <message>
        <source>请填写删除原因。</source>
        <translation>Please give a reason for deleting.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>%1时出错：%2</source>
        <translation>Error while %1: %2</translation>
    </message>
    <message>
        <source>出错：%2</source>
        <translation>Error: %2</translation>
    </message>
    <message>
        <source>出现了意外的问题</source>
        <translation>Something unexpected happened</translation>
    </message>
    <message>
        <source>程序遇到了一个意外的问题，刚才这一步没有完成。

%1

窗口中已经填写的内容没有丢失，可以检查后继续工作。如果问题反复出现，请把详细信息发给维护人员。

详细情况已记录在日志：%2</source>
        <translation>The program ran into an unexpected problem and the last step was not completed.

%1

Nothing you typed in the window has been lost; check it and carry on. If this keeps happening, send the details to your support contact.

The details are in the log: %2</translation>
    </message>
    <message>
        <source>显示详细信息</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>继续工作</source>
        <translation>Continue working</translation>
    </message>
    <message>
        <source>隐藏详细信息</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>导出到 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>导出完整个人信息</source>
        <translation>Export full personal information</translation>
    </message>
    <message>
        <source>导出的文件将包含完整的身份证号码和手机号码。</source>
        <translation>The exported file will contain full ID numbers and mobile numbers.</translation>
    </message>
    <message>
        <source>这些是受《个人信息保护法》保护的个人信息：请只在确有需要时导出，妥善保管文件，用完及时删除。本次导出将记入审计日志。

确定导出完整信息吗？</source>
        <translation>This is personal information protected by the Personal Information Protection Law: export it only when truly needed, keep the file safe and delete it when done. This export is recorded in the audit log.

Export the full information?</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>（不是在沟通会上提出的）</source>
        <translation>(not raised at a meeting)</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>企业提出的意见或建议</source>
        <translation>Suggestion or comment from the enterprise</translation>
    </message>
    <message>
        <source>服务站的答复</source>
        <translation>The station&apos;s reply</translation>
    </message>
    <message>
        <source>记录意见建议</source>
        <translation>Record suggestion</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容 *</source>
        <translation>Content *</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>答复意见建议</source>
        <translation>Reply to suggestion</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>答复 *</source>
        <translation>Reply *</translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>请填写内容。</source>
        <translation>Please fill in the content.</translation>
    </message>
    <message>
        <source>请填写答复。</source>
        <translation>Please fill in the reply.</translation>
    </message>
</context>
<context>
    <name>FileResultBar</name>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>第一步：</source>
        <translation>First steps:</translation>
    </message>
    <message>
        <source>核对服务站信息…</source>
        <translation>Check station details…</translation>
    </message>
    <message>
        <source>规划沟通日…</source>
        <translation>Plan communication days…</translation>
    </message>
    <message>
        <source>登记入会</source>
        <translation>Register a member</translation>
    </message>
    <message>
        <source>导入企业名单…</source>
        <translation>Import enterprise roster…</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>不再显示</source>
        <translation>Don&apos;t show again</translation>
    </message>
    <message>
        <source>服务站名称、地址和经办人（首次启动时已填写，可随时修改）</source>
        <translation>Station name, address and clerks (filled in at first start; change them at any time)</translation>
    </message>
    <message>
        <source>规划每月 12 日的“职工沟通日”，一次排好几个月</source>
        <translation>Plan the employee communication day on the 12th of each month, several months at once</translation>
    </message>
    <message>
        <source>在“现场入会”登记一位职工，打印入会申请书</source>
        <translation>Register a worker under “Walk-in membership” and print the application form</translation>
    </message>
    <message>
        <source>导入辖区企业名单（Excel 或 CSV），跟进建会</source>
        <translation>Import the area&apos;s enterprise roster (Excel or CSV) and follow up union founding</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>记录跟进</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>谈了什么，企业怎么说</source>
        <translation>What was discussed and what the enterprise said</translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>情况 *</source>
        <translation>Summary *</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>请填写跟进情况。</source>
        <translation>Please describe the follow-up.</translation>
    </message>
    <message>
        <source>下次跟进日期不能早于本次跟进日期。</source>
        <translation>The next follow-up cannot be earlier than this one.</translation>
    </message>
</context>
<context>
    <name>FormLanguage</name>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <source>中英对照</source>
        <translation>Chinese and English</translation>
    </message>
</context>
<context>
    <name>FormPrinting</name>
    <message>
        <source>申请表已生成</source>
        <translation>Application form ready</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>自动（外资企业中英对照）</source>
        <translation>Automatic (bilingual for foreign-invested firms)</translation>
    </message>
    <message>
        <source>申请表的语言</source>
        <translation>Language of the application form</translation>
    </message>
    <message>
        <source>打印空白申请表…</source>
        <translation>Print blank forms…</translation>
    </message>
    <message>
        <source>打印本场全部申请表</source>
        <translation>Print all forms of this meeting</translation>
    </message>
    <message>
        <source>直接打印（不预览）</source>
        <translation>Print directly (no preview)</translation>
    </message>
    <message>
        <source>保存并打印时直接送到默认打印机</source>
        <translation>“Save and print” sends the form straight to the default printer</translation>
    </message>
    <message>
        <source>申请表</source>
        <translation>application-form</translation>
    </message>
    <message>
        <source>申请表语言 </source>
        <translation>Form language </translation>
    </message>
    <message>
        <source>准备打印字体</source>
        <translation>Preparing the printing fonts</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>打印申请表</source>
        <translation>Printing the application form</translation>
    </message>
    <message>
        <source>找不到这位会员，可能已被删除。</source>
        <translation>This member cannot be found; the record may have been deleted.</translation>
    </message>
    <message>
        <source>入会申请书-%1-%2</source>
        <translation>membership-application-%1-%2</translation>
    </message>
    <message>
        <source>空白入会申请表-%1份</source>
        <translation>blank-application-forms-%1</translation>
    </message>
    <message>
        <source>正在生成空白申请表</source>
        <translation>Creating blank application forms</translation>
    </message>
    <message>
        <source>空白申请表 %1 份</source>
        <translation>%1 blank application forms</translation>
    </message>
    <message>
        <source>请先选择一场沟通会。</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>这场沟通会还没有人登记入会。</source>
        <translation>Nobody has registered at this meeting yet.</translation>
    </message>
    <message>
        <source>本场入会申请表-%1人</source>
        <translation>meeting-application-forms-%1</translation>
    </message>
    <message>
        <source>正在生成本场申请表</source>
        <translation>Creating this meeting&apos;s application forms</translation>
    </message>
    <message>
        <source>本场 %1 人的申请表</source>
        <translation>Application forms of %1 people at this meeting</translation>
    </message>
    <message>
        <source>生成申请表</source>
        <translation>Creating application forms</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1已生成，共 %2 页</source>
        <translation>%1 ready, %2 pages</translation>
    </message>
    <message>
        <source>部分申请表未打印</source>
        <translation>Some forms were not printed</translation>
    </message>
    <message>
        <source>以下 %1 人的申请表含有无法打印的字符，未放入本次打印：
%2</source>
        <translation>The forms of these %1 people contain characters that cannot be printed and were left out of this print run:
%2</translation>
    </message>
    <message>
        <source>已送往打印机 %1 页</source>
        <translation>%1 pages sent to the printer</translation>
    </message>
    <message>
        <source>共 %1 页。</source>
        <translation>%1 pages.</translation>
    </message>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>正在送往打印机</source>
        <translation>Sending to the printer</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>%1：当前 %2 家，累计达到 %3 家</source>
        <translation>%1: %2 now, %3 reached in total</translation>
    </message>
    <message>
        <source>当前 %1</source>
        <translation>%1 now</translation>
    </message>
    <message>
        <source>当前 %1 / 累计 %2</source>
        <translation>%1 now / %2 in total</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>找不到使用说明文件：%1</source>
        <translation>The user guide file was not found: %1</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>发放登记</source>
        <translation>Hand-outs</translation>
    </message>
    <message>
        <source>如：防暑降温用品、米面油、毛巾</source>
        <translation>e.g. summer cooling supplies, rice, flour and oil, towels</translation>
    </message>
    <message>
        <source>留空：不记名，按份数登记</source>
        <translation>Leave empty: anonymous, counted by copies</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> items</translation>
    </message>
    <message>
        <source>（不在沟通会上）</source>
        <translation>(not at a meeting)</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>删除所选…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>物品 *</source>
        <translation>Item *</translation>
    </message>
    <message>
        <source>领取人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>近一年共发放 %1 份，其中随入会登记 %2 份</source>
        <translation>%1 handed out in the last year, %2 of them with registrations</translation>
    </message>
    <message>
        <source>删除发放记录</source>
        <translation>Delete hand-out record</translation>
    </message>
    <message>
        <source>删除 %1 %2 %3 份的发放记录？</source>
        <translation>Delete the record of %1 %2 × %3?</translation>
    </message>
    <message>
        <source>删除这条记录</source>
        <translation>Delete this record</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>节日名称</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>节假日与调休</source>
        <translation>Holidays and make-up workdays</translation>
    </message>
    <message>
        <source>添加一天</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 年的安排已由节假日库提供；这里录入的日期会覆盖库中同一天的安排。</source>
        <translation>The arrangements for %1 come from the holiday library; dates entered here override the library for the same day.</translation>
    </message>
    <message>
        <source>节假日库还不知道 %1 年的安排：请按国务院办公厅通知录入放假日期和调休上班日。未录入前，该年的沟通会日期只按周末判断，并会提示“安排尚未录入”。</source>
        <translation>The holiday library does not know the arrangements for %1 yet: enter the days off and make-up workdays from the State Council General Office&apos;s notice. Until then, meeting dates in that year are checked against weekends only, with the note “arrangements not yet entered”.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入会员名单</source>
        <translation>Import member list</translation>
    </message>
    <message>
        <source>导入企业名单</source>
        <translation>Import enterprise list</translation>
    </message>
    <message>
        <source>选择名单文件</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <source>名单 (*.xlsx *.xlsm *.csv);;所有文件 (*)</source>
        <translation>Lists (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>请选择要导入的文件（Excel 或 CSV）。</source>
        <translation>Choose the file to import (Excel or CSV).</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>检查每一行</source>
        <translation>Check each row</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>表头在第</source>
        <translation>Header on row</translation>
    </message>
    <message>
        <source>行</source>
        <translation>row</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>对应列（已按表头自动识别，可修改；* 为必需）</source>
        <translation>Columns (recognised from the header, can be changed; * required)</translation>
    </message>
    <message>
        <source>文件的前几行（蓝色为表头行）：</source>
        <translation>First rows of the file (the header row in blue):</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>工作表“%1”</source>
        <translation>sheet “%1” </translation>
    </message>
    <message>
        <source>已找到表头：%1第 %2 行，约 %3 行数据。</source>
        <translation>Header found: %1row %2, about %3 rows of data.</translation>
    </message>
    <message>
        <source>找不到必需的列：%1，请在下方选择对应的列，或改正表头所在行。</source>
        <translation>Required columns missing: %1. Choose the matching columns below, or correct the header row.</translation>
    </message>
    <message>
        <source>正在检查每一行…</source>
        <translation>Checking each row…</translation>
    </message>
    <message>
        <source>检查结果：%1</source>
        <translation>Check result: %1</translation>
    </message>
    <message>
        <source>导入完成：%1</source>
        <translation>Import complete: %1</translation>
    </message>
    <message>
        <source>点击“导入”：无误的行导入，有错误的行不导入，连同原因另存为一个文件，改正后再导入。</source>
        <translation>Click “Import”: rows without errors are imported; rows with errors are not, and are saved with the reasons to a separate file to correct and import again.</translation>
    </message>
    <message>
        <source>同一个文件可以放心再次导入：已登记的不会重复。</source>
        <translation>The same file can safely be imported again: nobody already registered is added twice.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>无误的行已导入；有错误的 %1 行没有导入，已连同原因另存为：
%2
请在这个文件中改正后再导入它。</source>
        <translation>Rows without errors were imported; %1 rows with errors were not and are saved with the reasons as:
%2
Correct them in that file and import it again.</translation>
    </message>
    <message>
        <source>所有的行都已导入（或早已登记）。</source>
        <translation>All rows were imported (or were already registered).</translation>
    </message>
    <message>
        <source>其中 %1 人的信息含有无法打印的字符：已导入，申请表请手工填写。名单（标为“已导入”）在：
%2</source>
        <translation>%1 of them contain characters that cannot be printed: they are imported, but their application forms must be filled in by hand. The list (marked “imported”) is at:
%2</translation>
    </message>
    <message>
        <source>已登记或没有变化的行已跳过；再次导入同一文件不会重复登记。</source>
        <translation>Rows already registered or unchanged were skipped; importing the same file again does not register anyone twice.</translation>
    </message>
    <message>
        <source>%1 / %2 行</source>
        <translation>%1 / %2 rows</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>语言 / Language</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>下次启动程序时，窗口将使用%1。</source>
        <translation>From the next start, the window will be in %1.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>改名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>新%1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>“%1”%2，不能删除。</source>
        <translation>“%1” is in use (%2) and cannot be deleted.</translation>
    </message>
    <message>
        <source>%1名称不能为空。</source>
        <translation>%1: the name cannot be empty.</translation>
    </message>
    <message>
        <source>已经有“%1”了，请换一个名称。</source>
        <translation>“%1” already exists; please choose another name.</translation>
    </message>
</context>
<context>
    <name>ListSettingsDialog</name>
    <message>
        <source>阶段与类别设置</source>
        <translation>Stages and categories</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>%1 家企业</source>
        <translation>%1 enterprises</translation>
    </message>
    <message>
        <source>未使用</source>
        <translation>Not used</translation>
    </message>
    <message>
        <source>阶段（按建会进程排列）</source>
        <translation>Stages (in the order of founding a union)</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>已建会阶段（企业到此即算建会）</source>
        <translation>Founded stage (an enterprise here counts as having a union)</translation>
    </message>
    <message>
        <source>暂缓阶段（暂停跟进的企业）</source>
        <translation>On-hold stage (follow-ups paused)</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>%1 条意见建议</source>
        <translation>%1 suggestions</translation>
    </message>
    <message>
        <source>意见建议类别</source>
        <translation>Suggestion categories</translation>
    </message>
    <message>
        <source>使用</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>类别改名后，已登记在该类别下的意见建议也随之改名。</source>
        <translation>Renaming a category also renames it on the suggestions already filed under it.</translation>
    </message>
    <message>
        <source>建会阶段</source>
        <translation>Founding stages</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>（不设暂缓阶段）</source>
        <translation>(no on-hold stage)</translation>
    </message>
    <message>
        <source>已建会</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>同一个阶段不能既是“已建会”又是“暂缓”。</source>
        <translation>A stage cannot be both “Founded” and “On hold”.</translation>
    </message>
    <message>
        <source>“%1”是已建会阶段，不能删除。</source>
        <translation>“%1” is the founded stage and cannot be deleted.</translation>
    </message>
    <message>
        <source>“%1”阶段中还有 %2 家企业，不能删除；请先把这些企业移到其他阶段。</source>
        <translation>The “%1” stage still has %2 enterprises and cannot be deleted; move them to another stage first.</translation>
    </message>
    <message>
        <source>“%1”阶段由沟通会结果自动使用，不能删除（可以改名）。</source>
        <translation>The “%1” stage is used automatically by meeting outcomes and cannot be deleted (it can be renamed).</translation>
    </message>
    <message>
        <source>将删除：%1。
确定保存吗？</source>
        <translation>To be deleted: %1.
Save anyway?</translation>
    </message>
    <message>
        <source>删除并保存</source>
        <translation>Delete and save</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and edit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>沟通会</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation>Walk-in Membership</translation>
    </message>
    <message>
        <source>企业跟进</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source> 值班经办人：</source>
        <translation> Clerk on duty: </translation>
    </message>
    <message>
        <source>就绪</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>服务站设置…</source>
        <translation>Station settings…</translation>
    </message>
    <message>
        <source>连接服务器…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <source>阶段与类别设置…</source>
        <translation>Stages and categories…</translation>
    </message>
    <message>
        <source>节假日与调休…</source>
        <translation>Holidays and make-up workdays…</translation>
    </message>
    <message>
        <source>发放登记（夏送清凉、冬送温暖、慰问品）…</source>
        <translation>Hand-outs (summer cooling, winter warmth, care gifts)…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>使用说明</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>街道工会服务站工作台</source>
        <translation>Trade Union Service Station</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>街道工会服务站工作台&#x3000;版本 %1
沟通会 · 现场入会 · 企业建会跟进 · 统计</source>
        <translation>Trade Union Service Station, version %1
Communication meetings · Walk-in membership · Union-founding follow-up · Statistics</translation>
    </message>
    <message>
        <source>正在备份数据，完成后自动关闭…</source>
        <translation>Backing up the data; the window closes when it is done…</translation>
    </message>
    <message>
        <source>待跟进企业：%1 家</source>
        <translation>Follow-ups due: %1</translation>
    </message>
    <message>
        <source>待补录沟通会：%1 场</source>
        <translation>Meetings to be recorded: %1</translation>
    </message>
    <message>
        <source>（%1 人待计入）</source>
        <translation> (%1 registrations waiting)</translation>
    </message>
    <message>
        <source>本机的数据库文件</source>
        <translation>this computer&apos;s database file</translation>
    </message>
    <message>
        <source>连接服务器</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>已保存。下次启动程序时使用：%1</source>
        <translation>Saved. Used from the next start: %1</translation>
    </message>
    <message>
        <source>正在等待后台工作结束，结束后自动关闭…</source>
        <translation>Waiting for background work to finish; the window closes by itself afterwards…</translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>添加宣传资料（PDF）</source>
        <translation>Add promotional material (PDF)</translation>
    </message>
    <message>
        <source>删除资料“%1”？</source>
        <translation>Delete the material “%1”?</translation>
    </message>
    <message>
        <source>宣传资料</source>
        <translation>Promotional materials</translation>
    </message>
    <message>
        <source>打印宣传资料</source>
        <translation>Print promotional materials</translation>
    </message>
    <message>
        <source>还没有资料。点“添加…”选择服务站自己的 PDF 文件，例如宣传折页、英文版工会法。</source>
        <translation>No materials yet. Click “Add…” to choose the station&apos;s own PDF files, such as leaflets or the Trade Union Law in English.</translation>
    </message>
    <message>
        <source>添加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>每份资料打印(&amp;N)：</source>
        <translation>Copies of each (&amp;N):</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>%1（%2 页）</source>
        <translation>%1 (%2 pages)</translation>
    </message>
    <message>
        <source>无法添加</source>
        <translation>Cannot add</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>请勾选要打印的资料。</source>
        <translation>Tick the materials to print.</translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>另 %1 场</source>
        <translation>%1 more</translation>
    </message>
    <message>
        <source>调休</source>
        <translation>Make-up day</translation>
    </message>
    <message>
        <source>%1（取消）</source>
        <translation>%1 (cancelled)</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>数据（由记录自动统计）</source>
        <translation>Figures (counted from the records)</translation>
    </message>
    <message>
        <source>在左侧选择一场沟通会查看详情。</source>
        <translation>Choose a meeting on the left to see its details.</translation>
    </message>
    <message>
        <source>筹备清单</source>
        <translation>Preparation checklist</translation>
    </message>
    <message>
        <source>企业参会及结果</source>
        <translation>Attending enterprises and outcomes</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <source>还有 %1 天</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>下一场沟通会：%1（%2）</source>
        <translation>Next meeting: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · 负责人 %3</source>
        <translation>%1 · %2 · host %3</translation>
    </message>
    <message>
        <source>地点未定</source>
        <translation>venue to be decided</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>to be decided</translation>
    </message>
    <message>
        <source>还没有安排中的沟通会：点“新建沟通会”或“规划沟通日”。</source>
        <translation>No meeting is planned yet: choose “New meeting” or “Plan communication days”.</translation>
    </message>
    <message>
        <source>待补录：%1 场沟通会已过日期，尚未标记已召开。</source>
        <translation>To record: %1 past meeting(s) not yet marked as held.</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>类型：%1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>地点：%1</source>
        <translation>Venue: %1</translation>
    </message>
    <message>
        <source>负责人：%1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>错时场次：%1（%2）</source>
        <translation>Staggered session: %1 (%2)</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>Notes: %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>编辑沟通会</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>新建沟通会</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>如：一层大堂、××公司门口</source>
        <translation>e.g. ground-floor lobby, outside the ×× company</translation>
    </message>
    <message>
        <source>留空则按类型和日期自动命名</source>
        <translation>Leave empty to name it from the type and date</translation>
    </message>
    <message>
        <source>输入企业名称筛选</source>
        <translation>Type to filter enterprises</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点（楼宇）</source>
        <translation>Venue (building)</translation>
    </message>
    <message>
        <source>具体位置</source>
        <translation>Exact location</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>筹备清单
（每行一项）</source>
        <translation>Checklist
(one item a line)</translation>
    </message>
    <message>
        <source>邀请企业</source>
        <translation>Invite enterprises</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>结束时间必须晚于开始时间。</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <source>注意：该地点同一时间已有安排——%1</source>
        <translation>Note: this venue is already booked at that time — %1</translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>MeetingFeedbackDialog</name>
    <message>
        <source>沟通会意见建议</source>
        <translation>Meeting suggestions</translation>
    </message>
    <message>
        <source>答复所选…</source>
        <translation>Reply to selected…</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>职工个人</source>
        <translation>Individual employee</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>可不填：匿名</source>
        <translation>Optional: anonymous</translation>
    </message>
    <message>
        <source>提出的问题、意见或建议</source>
        <translation>Question, comment or suggestion raised</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>职工姓名</source>
        <translation>Employee name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容 *</source>
        <translation>Content *</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>本场共 %1 条，待答复 %2 条</source>
        <translation>%1 at this meeting, %2 awaiting reply</translation>
    </message>
    <message>
        <source>请先选择一条意见建议。</source>
        <translation>Choose a suggestion first.</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部月份</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <source>月历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>新建沟通会</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>修改/改期</source>
        <translation>Edit / reschedule</translation>
    </message>
    <message>
        <source>规划沟通日</source>
        <translation>Plan communication days</translation>
    </message>
    <message>
        <source>创建错时场次</source>
        <translation>Add staggered session</translation>
    </message>
    <message>
        <source>标记已召开</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <source>打印记录</source>
        <translation>Print record</translation>
    </message>
    <message>
        <source>打印宣传资料</source>
        <translation>Print promotional materials</translation>
    </message>
    <message>
        <source>发放登记</source>
        <translation>Hand-outs</translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message numerus="yes">
        <source>近期沟通会（未来 90 天）：%n 场</source>
        <translation>
            <numerusform>Coming meetings (next 90 days): %n</numerusform>
            <numerusform>Coming meetings (next 90 days): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>本月即将召开：%n 场</source>
        <translation>
            <numerusform>Coming this month: %n</numerusform>
            <numerusform>Coming this month: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>往期沟通会：%n 场</source>
        <translation>
            <numerusform>Past meetings: %n</numerusform>
            <numerusform>Past meetings: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n 场</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>无安排</source>
        <translation>Nothing planned</translation>
    </message>
    <message>
        <source>修改召开情况</source>
        <translation>Edit meeting results</translation>
    </message>
    <message>
        <source>场地冲突</source>
        <translation>Venue clash</translation>
    </message>
    <message>
        <source>该地点同一时间已有安排：
%1

仍要保存吗？</source>
        <translation>This venue is already booked at that time:
%1

Save anyway?</translation>
    </message>
    <message>
        <source>日期提醒</source>
        <translation>Date reminder</translation>
    </message>
    <message>
        <source>%1

仍按这个日期保存吗？</source>
        <translation>%1

Save with this date anyway?</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>已新建沟通会：%1</source>
        <translation>Meeting created: %1</translation>
    </message>
    <message>
        <source>已改期到 %1</source>
        <translation>Rescheduled to %1</translation>
    </message>
    <message>
        <source>已保存修改</source>
        <translation>Changes saved</translation>
    </message>
    <message>
        <source>已创建 %1 场职工沟通日（其中 %2 场改期）</source>
        <translation>%1 Employee Communication Days created (%2 of them moved)</translation>
    </message>
    <message>
        <source>无法创建错时场次</source>
        <translation>Cannot add the staggered session</translation>
    </message>
    <message>
        <source>已创建错时场次：%1</source>
        <translation>Staggered session added: %1</translation>
    </message>
    <message>
        <source>不能标记已召开</source>
        <translation>Cannot mark as held</translation>
    </message>
    <message>
        <source>已标记为已召开</source>
        <translation>Marked as held</translation>
    </message>
    <message>
        <source>；%1 家企业阶段已更新</source>
        <translation>; %1 enterprises moved to a new stage</translation>
    </message>
    <message>
        <source>；新增 %1 家企业到企业库</source>
        <translation>; %1 enterprises added to the register</translation>
    </message>
    <message>
        <source>取消沟通会</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>取消 %1 的沟通会。取消原因（可不填）：</source>
        <translation>Cancel the meeting on %1. Reason (optional):</translation>
    </message>
    <message>
        <source>无法取消</source>
        <translation>Cannot cancel</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>签到表_%1.pdf</source>
        <translation>sign-in-sheet_%1.pdf</translation>
    </message>
    <message>
        <source>沟通会记录_%1.pdf</source>
        <translation>meeting-record_%1.pdf</translation>
    </message>
    <message>
        <source>宣传资料_%1.pdf</source>
        <translation>promotional-materials_%1.pdf</translation>
    </message>
    <message>
        <source>本场已发放资料：%1</source>
        <translation>Materials handed out at this meeting: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 份</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>MemberErasure</name>
    <message>
        <source>删除个人信息…</source>
        <translation>Delete personal information…</translation>
    </message>
    <message>
        <source>调出修改</source>
        <translation>Open for editing</translation>
    </message>
    <message>
        <source>删除个人信息（本人申请）…</source>
        <translation>Delete personal information (at the member&apos;s request)…</translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation>Delete personal information</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>与身份证一致</source>
        <translation>As on the ID card</translation>
    </message>
    <message>
        <source>18位，末位可为 X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <source>年-月-日</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>由本人填写，如：河北保定</source>
        <translation>As the applicant states it, e.g. Baoding, Hebei</translation>
    </message>
    <message>
        <source>11位手机号码；境外号码以 + 和国家代码开头</source>
        <translation>11-digit mobile number; numbers abroad start with + and the country code</translation>
    </message>
    <message>
        <source>输入企业名称中的几个字即可选择，也可直接填写</source>
        <translation>Type a few characters of the company name to choose it, or type it in full</translation>
    </message>
    <message>
        <source>更多信息（登记表：民族、学历、政治面貌、职务、职称、家庭成员、工作简历等）</source>
        <translation>More details (ethnicity, education, position, family, work history…)</translation>
    </message>
    <message>
        <source>申请人已同意工会为会员登记和服务收集、使用上述个人信息</source>
        <translation>The applicant consents to the union&apos;s use of this information</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>证件号码 *</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>籍贯</source>
        <translation>Native place</translation>
    </message>
    <message>
        <source>手机号码 *</source>
        <translation>Mobile *</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>入会礼品</source>
        <translation>Membership gift</translation>
    </message>
    <message>
        <source>&#x3000;（旧版15位号码，已转换为18位）</source>
        <translation>&#x3000;(old 15-digit number, converted to 18 digits)</translation>
    </message>
    <message>
        <source>身份证号码应为18位，实际输入了%1位</source>
        <translation>A resident ID number has 18 characters; %1 were entered</translation>
    </message>
    <message>
        <source>已输入 %1 位，还差 %2 位</source>
        <translation>%1 characters entered, %2 to go</translation>
    </message>
    <message>
        <source>身份证号码登记地：%1（籍贯以本人填写为准）</source>
        <translation>ID number registered in: %1 (the native place is as the applicant states it)</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>合并活动电脑数据 — 预览</source>
        <translation>Merge event laptop data — preview</translation>
    </message>
    <message>
        <source>来自“%1”：%2</source>
        <translation>From “%1”: %2</translation>
    </message>
    <message>
        <source>待确认的默认保留本机的数据；勾选一条表示改用活动电脑的数据（已按本人要求删除的人：勾选表示本人已重新同意登记）。有误的记录不会合并。点“合并”后一次写入，中途出错则什么都不写。</source>
        <translation>Items to confirm keep this computer&apos;s data by default; tick one to use the event laptop&apos;s data instead (for people whose information was deleted at their request: ticking means they have consented again). Records with errors are not merged. “Merge” writes everything at once; if anything fails, nothing is written.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>本机（合并前）</source>
        <translation>This computer (before merging)</translation>
    </message>
    <message>
        <source>活动电脑</source>
        <translation>Event laptop</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanDaysDialog</name>
    <message>
        <source>规划职工沟通日</source>
        <translation>Plan Employee Communication Days</translation>
    </message>
    <message>
        <source>每月 12 日为职工沟通日（11:00–14:00）。遇周末、法定节假日或调休上班日的，已标出原因和建议日期，可保留 12 日或改到其他日期；尚不知道节假日安排的年份也会标出（文件 → 节假日与调休…）。</source>
        <translation>The 12th of every month is Employee Communication Day (11:00–14:00). Where it falls on a weekend, a public holiday or a make-up workday, the reason and a suggested date are shown; keep the 12th or move it. Years whose holidays are not yet known are marked too (File → Holidays and make-up workdays…).</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>规划未来</source>
        <translation>Plan the next</translation>
    </message>
    <message>
        <source>地点（楼宇）</source>
        <translation>Venue (building)</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>12 日为%1，建议改到 %2（%3）</source>
        <translation>The 12th is a %1; suggested: %2 (%3)</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>12日</source>
        <translation>The 12th</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>安排日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1假期</source>
        <translation>%1 holiday</translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation>make-up workday</translation>
    </message>
    <message>
        <source>%1 年节假日安排未知</source>
        <translation>%1 holidays not yet known</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>12 日：%1</source>
        <translation>The 12th: %1</translation>
    </message>
    <message>
        <source>已有本月沟通日</source>
        <translation>This month&apos;s communication day already exists</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>将创建 %1 场；其中 %2 个月的 12 日遇周末或节假日。</source>
        <translation>%1 to be created; in %2 months the 12th falls on a weekend or holiday.</translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>无法读取 PDF 文件“%1”。</source>
        <translation>Cannot read the PDF file “%1”.</translation>
    </message>
    <message>
        <source>无法开始打印：打印机不可用或输出文件无法写入。</source>
        <translation>Cannot start printing: the printer is unavailable or the output file cannot be written.</translation>
    </message>
    <message>
        <source>打印机拒绝了新的一页，打印已中止。</source>
        <translation>The printer refused a new page; printing was stopped.</translation>
    </message>
    <message>
        <source>这台电脑没有设置默认打印机：请在系统的打印机设置中选一台作为默认，或取消“直接打印（不预览）”，在打印对话框中选择打印机。</source>
        <translation>This computer has no default printer: choose one as the default in the system&apos;s printer settings, or turn off “Print directly (no preview)” and choose a printer in the print dialog.</translation>
    </message>
    <message>
        <source>找不到打印机“%1”。</source>
        <translation>Printer “%1” not found.</translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>无法把文件交给打印服务：%1</source>
        <translation>Cannot hand the file to the print service: %1</translation>
    </message>
    <message>
        <source>打印机“%1”没有接受这份文件：%2</source>
        <translation>Printer “%1” did not accept the file: %2</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>无法保存到“%1”：%2</source>
        <translation>Cannot save to “%1”: %2</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>%1 — 明细</source>
        <translation>%1 — details</translation>
    </message>
    <message>
        <source>%1&#x3000;合计 %2&#x3000;（%3 条记录）</source>
        <translation>%1&#x3000;total %2&#x3000;(%3 records)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>补录到往期沟通会</source>
        <translation>Enter for a past meeting</translation>
    </message>
    <message>
        <source>所选沟通会不是今天：%1

只有沟通会当天的登记才计入该场的现场入会。如果这些申请表是在那天现场填写的，可以补录：登记日期将记为 %2。

按沟通会当天补录吗？（否：请改选“服务站日常”）</source>
        <translation>The chosen meeting is not today: %1

Only registrations made on the day of a meeting count as its walk-in memberships. If these forms were filled in at that meeting, they can be entered afterwards: the registration date will be %2.

Enter them for the day of the meeting? (No: choose “Station, day to day” instead)</translation>
    </message>
    <message>
        <source>按沟通会当天补录</source>
        <translation>Record on the meeting&apos;s day</translation>
    </message>
    <message>
        <source>否，改选服务站日常</source>
        <translation>No, choose station (day-to-day)</translation>
    </message>
    <message>
        <source>咨询 +1</source>
        <translation>Enquiry +1</translation>
    </message>
    <message>
        <source>只来咨询、没有登记的职工，每人点一次</source>
        <translation>For employees who only ask and do not register: one click each</translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>保存并打印 (Ctrl+P)</source>
        <translation>Save and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>入会登记</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>今日登记（单击一行可调出修改）</source>
        <translation>Registered today (click a row to edit)</translation>
    </message>
    <message>
        <source>按姓名、身份证号码或手机号码查找</source>
        <translation>Search by name, ID number or mobile</translation>
    </message>
    <message>
        <source>双击一行可调出修改</source>
        <translation>Double-click a row to edit</translation>
    </message>
    <message>
        <source>会员名册</source>
        <translation>Member register</translation>
    </message>
    <message>
        <source>服务站日常（不关联沟通会）</source>
        <translation>Station, day to day (no meeting)</translation>
    </message>
    <message>
        <source>未保存：这场沟通会还没有召开。</source>
        <translation>Not saved: this meeting has not been held yet.</translation>
    </message>
    <message>
        <source>未保存：请选择“服务站日常”，或确认按沟通会当天补录。</source>
        <translation>Not saved: choose “Station, day to day”, or confirm entering it for the day of the meeting.</translation>
    </message>
    <message>
        <source>%1沟通会</source>
        <translation>%1 meeting</translation>
    </message>
    <message>
        <source>%1（今天）</source>
        <translation>%1 (today)</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>统计人数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>共 %1 人以上</source>
        <translation>over %1 people</translation>
    </message>
    <message>
        <source>未保存：%1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>今日已登记 %n 人</source>
        <translation>
            <numerusform>%n registered today</numerusform>
            <numerusform>%n registered today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 人</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message>
        <source>经办人：%1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <source>未选择经办人</source>
        <translation>No clerk chosen</translation>
    </message>
    <message>
        <source>本场咨询 %1 人次 · 入会 %2 人</source>
        <translation>This meeting: %1 enquiries · %2 joined</translation>
    </message>
    <message>
        <source>该身份证号码已登记：%1（%2 申请）</source>
        <translation>This ID number is already registered: %1 (applied %2)</translation>
    </message>
    <message>
        <source>表单是空的：请先填写姓名。</source>
        <translation>The form is empty: fill in the name first.</translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation>Save registration</translation>
    </message>
    <message>
        <source>未保存：出现了意外的问题，表单内容仍在。</source>
        <translation>Not saved: something unexpected happened; the form is still filled in.</translation>
    </message>
    <message>
        <source>未保存：请按红字修改。</source>
        <translation>Not saved: please correct the fields marked in red.</translation>
    </message>
    <message>
        <source>已修改：%1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>没有改动：%1</source>
        <translation>No changes: %1</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>已载入另一台电脑保存的内容。</source>
        <translation>Loaded what the other computer saved.</translation>
    </message>
    <message>
        <source>未保存：这条登记刚被别人改过。</source>
        <translation>Not saved: someone else just changed this record.</translation>
    </message>
    <message>
        <source>未保存：此人已按本人要求删除个人信息。</source>
        <translation>Not saved: this person&apos;s information was deleted at their request.</translation>
    </message>
    <message>
        <source>未保存：此人已登记。</source>
        <translation>Not saved: this person is already registered.</translation>
    </message>
    <message>
        <source>正在修改 %1 的登记（%2）。保存即更新这条记录；点“清空”放弃修改。</source>
        <translation>Editing the registration of %1 (%2). Saving updates this record; click “Clear” to discard the changes.</translation>
    </message>
    <message>
        <source>咨询已计数：本场 %1 人次</source>
        <translation>Enquiry counted: %1 at this meeting</translation>
    </message>
    <message>
        <source>已按本人申请删除个人信息，统计数字不变。</source>
        <translation>Personal information deleted at the member&apos;s request; the figures do not change.</translation>
    </message>
</context>
<context>
    <name>RenewedConsentDialog</name>
    <message>
        <source>已按本人要求删除</source>
        <translation>Deleted at the person&apos;s request</translation>
    </message>
    <message>
        <source>“%1”曾按本人要求删除了个人信息，所以没有保存。
只有本人这次重新同意工会使用其个人信息（已在申请书上签字）时，才能再次登记。</source>
        <translation>The personal information of “%1” was deleted at their request, so this was not saved.
They can be registered again only if they now consent again to the trade union using their personal information (signed on the application form).</translation>
    </message>
    <message>
        <source>本人重新同意，登记</source>
        <translation>Consented again — register</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>选择要恢复的备份。恢复前会先检查备份文件，并把当前的数据库另存到备份文件夹；备份之后才做的登记不在备份里，但仍保存在另存的副本中。</source>
        <translation>Choose the backup to restore. The backup file is checked first and the current database is saved to the backups folder; registrations made after the backup are not in it, but remain in that saved copy.</translation>
    </message>
    <message>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>连接服务器</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>几台电脑共用服务站的数据时，数据放在 PostgreSQL 服务器上。填写管理员给的地址，先测试连接，再保存；下次启动程序时连接到服务器。</source>
        <translation>When several computers share the station&apos;s data, it lives on a PostgreSQL server. Fill in the address your administrator gave you, test the connection, then save; the program connects to the server from its next start.</translation>
    </message>
    <message>
        <source>例如 192.168.1.10</source>
        <translation>for example 192.168.1.10</translation>
    </message>
    <message>
        <source>留空：用 pgpass 文件或钥匙串中已存的密码</source>
        <translation>leave empty: use the password kept in the pgpass file or the keyring</translation>
    </message>
    <message>
        <source>能加密就加密</source>
        <translation>Encrypt when possible</translation>
    </message>
    <message>
        <source>必须加密</source>
        <translation>Always encrypt</translation>
    </message>
    <message>
        <source>不加密</source>
        <translation>Don&apos;t encrypt</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>连接加密</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>改用本机数据库文件</source>
        <translation>Use this computer&apos;s database file</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写服务器地址、数据库名和用户名。</source>
        <translation>Please fill in the server address, database name and user name.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>更换数据库密码</source>
        <translation>Change database password</translation>
    </message>
    <message>
        <source>设置密码</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>加密数据库文件（推荐）</source>
        <translation>Encrypt the database file (recommended)</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>忘记密码就再也打不开这个数据库：密码不保存在任何地方，也无法找回，只能从加密之前做的（未加密的）备份恢复。请把密码写下来，存放在安全的地方。</source>
        <translation>If you forget the password, this database can never be opened again: the password is not stored anywhere and cannot be recovered; only a backup made before encrypting (unencrypted) can be restored. Write the password down and keep it somewhere safe.</translation>
    </message>
    <message>
        <source>留空并确定即取消加密（数据库文件恢复为不加密）。
%1</source>
        <translation>Leave empty and confirm to remove the encryption (the database file becomes unencrypted again).
%1</translation>
    </message>
    <message>
        <source>加密后，数据库文件、以后的备份和活动电脑的副本没有密码都打不开，别的程序读不出其中的姓名和证件号码；每个命令也要输入密码（脚本可用环境变量 STATION_APP_PASSWORD）。
%1</source>
        <translation>Once encrypted, the database file, future backups and event laptop copies cannot be opened without the password, and other programs cannot read the names and ID numbers in them; every command also asks for the password (scripts can use the environment variable STATION_APP_PASSWORD).
%1</translation>
    </message>
    <message>
        <source>不加密时，这个密码只在打开窗口时询问：数据库文件本身没有加密，命令行和其他程序（例如 sqlite3）不用密码也能读出其中的姓名和证件号码。留空并确定即取消开机密码。</source>
        <translation>Without encryption this password is only asked when the window opens: the database file itself is not encrypted, and the command line and other programs (such as sqlite3) can read the names and ID numbers in it without a password. Leave empty and confirm to remove the start-up password.</translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <translation>The two passwords differ; please enter them again.</translation>
    </message>
    <message>
        <source>加密需要一个密码。</source>
        <translation>Encryption needs a password.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>变更阶段</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>例如：上门沟通后企业同意成立筹备组</source>
        <translation>e.g. after a visit the enterprise agreed to set up a preparatory group</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>变更为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <source>原因 *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>会员代表大会日期</source>
        <translation>Member representative congress date</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>建会日期即会员代表大会召开的日期，按这一天计入“新建工会”。</source>
        <translation>The founding date is the day the member representative congress is held; it counts under “New trade unions” on that day.</translation>
    </message>
    <message>
        <source>实际发生的日期；补录以前的变化时请改为当天。</source>
        <translation>The day it actually happened; when entering an earlier change, set it to that day.</translation>
    </message>
    <message>
        <source>请填写变更阶段的原因。</source>
        <translation>Please give the reason for the change.</translation>
    </message>
</context>
<context>
    <name>StartNotes</name>
    <message>
        <source>今日提醒</source>
        <translation>Today&apos;s reminders</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>去“沟通会”页处理</source>
        <translation>Go to Meetings</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>这不是本程序的数据库</source>
        <translation>This is not a database of this program</translation>
    </message>
    <message>
        <source>数据库来自更新版本的程序</source>
        <translation>The database comes from a newer version of the program</translation>
    </message>
    <message>
        <source>数据库文件是只读的</source>
        <translation>The database file is read-only</translation>
    </message>
    <message>
        <source>数据库正被另一个程序占用</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <source>程序已经在运行</source>
        <translation>The program is already running</translation>
    </message>
    <message>
        <source>无法读取数据库文件</source>
        <translation>Cannot read the database file</translation>
    </message>
    <message>
        <source>无法创建数据库文件</source>
        <translation>Cannot create the database file</translation>
    </message>
    <message>
        <source>连接不上数据库服务器</source>
        <translation>Cannot connect to the database server</translation>
    </message>
    <message>
        <source>数据库地址有误</source>
        <translation>The database address is wrong</translation>
    </message>
    <message>
        <source>可以从最近的备份恢复；损坏的文件会先另存到备份文件夹。</source>
        <translation>It can be restored from the latest backup; the damaged file is first saved to the backups folder.</translation>
    </message>
    <message>
        <source>请确认选择的是 station.sqlite3 数据库文件。</source>
        <translation>Make sure you chose the station.sqlite3 database file.</translation>
    </message>
    <message>
        <source>请安装最新版本的程序后再打开。</source>
        <translation>Install the latest version of the program, then open it again.</translation>
    </message>
    <message>
        <source>请取消文件的“只读”属性，或把它复制到可写的文件夹。</source>
        <translation>Clear the file&apos;s “read-only” attribute, or copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>请关闭占用它的程序（另一个 station-app 或数据库工具）后重试。</source>
        <translation>Close the program using it (another station-app or a database tool) and try again.</translation>
    </message>
    <message>
        <source>请在任务栏中切换到已打开的窗口继续工作。</source>
        <translation>Switch to the window already open from the taskbar and carry on there.</translation>
    </message>
    <message>
        <source>请检查文件的访问权限。</source>
        <translation>Check the file&apos;s access permissions.</translation>
    </message>
    <message>
        <source>请检查文件夹是否存在并且可写。</source>
        <translation>Check that the folder exists and can be written to.</translation>
    </message>
    <message>
        <source>请检查网络和服务器是否开着，以及 pgpass 文件或系统钥匙串中的密码；也可以请管理员查看服务器。</source>
        <translation>Check the network, that the server is running, and the password in the pgpass file or the system keyring; or ask the administrator to look at the server.</translation>
    </message>
    <message>
        <source>请改正启动参数 --db 或环境变量 STATION_APP_DB 中的地址。</source>
        <translation>Correct the address in the --db option or the STATION_APP_DB environment variable.</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>服务器：%1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>从最近的备份恢复（%1）</source>
        <translation>Restore from the latest backup (%1)</translation>
    </message>
    <message>
        <source>备份文件夹中没有可用的备份。请不要删除这个文件，把它交给技术人员检查。</source>
        <translation>There is no usable backup in the backups folder. Do not delete this file; hand it to your technical support to check.</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <source>服务站设置</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <source>请填写本服务站的信息。站名会印在每一份入会申请表上。</source>
        <translation>Enter this service station&apos;s details. The station name is printed on every membership application form.</translation>
    </message>
    <message>
        <source>例如：酒仙桥街道工会服务站</source>
        <translation>e.g. Jiuxianqiao Subdistrict Trade Union Service Station</translation>
    </message>
    <message>
        <source>例如：酒仙桥街道</source>
        <translation>e.g. Jiuxianqiao Subdistrict</translation>
    </message>
    <message>
        <source>例如：朝阳区总工会</source>
        <translation>e.g. Chaoyang District Federation of Trade Unions</translation>
    </message>
    <message>
        <source>每行一位经办人姓名</source>
        <translation>One clerk&apos;s name per line</translation>
    </message>
    <message>
        <source>服务站名称 *</source>
        <translation>Station name *</translation>
    </message>
    <message>
        <source>所在街道</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <source>上级总工会</source>
        <translation>Higher-level federation</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>经办人 *</source>
        <translation>Clerks *</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>请填写服务站名称。</source>
        <translation>Please enter the station name.</translation>
    </message>
    <message>
        <source>请至少填写一位经办人。</source>
        <translation>Please enter at least one clerk.</translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>季度</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>上一期</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一期</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>完整身份证号/手机号</source>
        <translation>Full ID and mobile numbers</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>打印月报 PDF…</source>
        <translation>Print monthly report (PDF)…</translation>
    </message>
    <message>
        <source>取消导出</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>主要数据（点击数字查看明细）</source>
        <translation>Key figures (click a number for the records)</translation>
    </message>
    <message>
        <source>口径：%1。按%2计；各月可相加：%3</source>
        <translation>Counts: %1. Dated by: %2. Months add up: %3</translation>
    </message>
    <message>
        <source>沟通会按类型（场）</source>
        <translation>Meetings by type</translation>
    </message>
    <message>
        <source>近12个月趋势</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>企业建会进度（当前）</source>
        <translation>Union founding progress (now)</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yy年M月</source>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>M月</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>查看“%1”的明细</source>
        <translation>Show the records behind “%1”</translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1（%2 至 %3）</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>读取统计数据</source>
        <translation>Reading the figures</translation>
    </message>
    <message>
        <source>另有 %1 人待补录：所在沟通会已过日期、尚未标记已召开，标记后计入现场入会</source>
        <translation>%1 more registrations wait to be recorded: their meetings are past and not yet marked as held; once marked, they count as walk-in membership</translation>
    </message>
    <message>
        <source>各阶段企业数</source>
        <translation>Enterprises by stage</translation>
    </message>
    <message>
        <source>统计_%1-%2.xlsx</source>
        <translation>statistics_%1-%2.xlsx</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>正在导出 %v / %m 行</source>
        <translation>Exporting %v / %m rows</translation>
    </message>
    <message>
        <source>已导出 %1 行到 %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>月报_%1.pdf</source>
        <translation>monthly-report_%1.pdf</translation>
    </message>
    <message>
        <source>生成月报</source>
        <translation>Creating the monthly report</translation>
    </message>
    <message>
        <source>无法生成月报</source>
        <translation>Cannot create the monthly report</translation>
    </message>
    <message>
        <source>%1年%2月工作数据月报已保存到 %3</source>
        <translation>Monthly report for %2/%1 saved to %3</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>按上级模板导出会员</source>
        <translation>Export members to a higher-level template</translation>
    </message>
    <message>
        <source>选择模板…</source>
        <translation>Choose template…</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>对应方案</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>模板的列 → 会员信息（按列名自动对应，可修改）</source>
        <translation>Template columns → member details (matched by column name, can be changed)</translation>
    </message>
    <message>
        <source>请选择上级下发的 Excel 模板。</source>
        <translation>Choose the Excel template sent by the higher-level union.</translation>
    </message>
    <message>
        <source>保存为方案…</source>
        <translation>Save as mapping…</translation>
    </message>
    <message>
        <source>生成…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择模板</source>
        <translation>Choose template</translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation>(leave empty)</translation>
    </message>
    <message>
        <source>（空白列）</source>
        <translation>(blank column)</translation>
    </message>
    <message>
        <source>工作表“%1”，表头在第 %2 行；%3 列有对应的会员信息。</source>
        <translation>Sheet “%1”, header on row %2; %3 columns matched to member details.</translation>
    </message>
    <message>
        <source>保存对应方案</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>方案名称：</source>
        <translation>Mapping name:</translation>
    </message>
    <message>
        <source>保存方案</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已保存对应方案“%1”。</source>
        <translation>Mapping “%1” saved.</translation>
    </message>
    <message>
        <source>%1-已填写.xlsx</source>
        <translation>%1-filled.xlsx</translation>
    </message>
    <message>
        <source>按模板导出</source>
        <translation>Export to template</translation>
    </message>
    <message>
        <source>已填入 %1 名会员：%2</source>
        <translation>%1 members filled in: %2</translation>
    </message>
</context>
<context>
    <name>TwinDialog</name>
    <message>
        <source>创建错时场次</source>
        <translation>Add staggered session</translation>
    </message>
    <message>
        <source>同一活动在周末再办一场。原场次：%1（%2）</source>
        <translation>The same event once more on a weekend. Original session: %1 (%2)</translation>
    </message>
    <message>
        <source>同一活动在工作日再办一场。原场次：%1（%2）</source>
        <translation>The same event once more on a workday. Original session: %1 (%2)</translation>
    </message>
    <message>
        <source>错时场次日期</source>
        <translation>Date of the staggered session</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>请输入数据库密码</source>
        <translation>Enter the database password</translation>
    </message>
    <message>
        <source>请输入开机密码</source>
        <translation>Enter the start-up password</translation>
    </message>
    <message>
        <source>数据库文件已加密，请输入密码。忘记密码无法找回，只能从加密之前的备份恢复。</source>
        <translation>The database file is encrypted; enter the password. A forgotten password cannot be recovered; only a backup made before encrypting can be restored.</translation>
    </message>
    <message>
        <source>请输入开机密码。这个密码只在打开窗口时询问：数据库文件没有加密，命令行和其他程序不用密码也能读出其中的姓名和证件号码。</source>
        <translation>Enter the start-up password. It is only asked when the window opens: the database file is not encrypted, and the command line and other programs can read the names and ID numbers in it without a password.</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>密码不对，还可以再试 %1 次。</source>
        <translation>Wrong password; %1 tries left.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>籍贯</source>
        <translation>Native place</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political affiliation</translation>
    </message>
    <message>
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <source>是否农民工</source>
        <translation>Rural migrant worker</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <source>会员证号码</source>
        <translation>Membership card no.</translation>
    </message>
    <message>
        <source>所属基层工会</source>
        <translation>Grassroots trade union</translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation>Date of admission</translation>
    </message>
    <message>
        <source>家庭主要成员及其工作单位</source>
        <translation>Main family members and where they work</translation>
    </message>
    <message>
        <source>个人工作简历</source>
        <translation>Work history</translation>
    </message>
    <message>
        <source>工会小组意见</source>
        <translation>Opinion of the trade union group</translation>
    </message>
    <message>
        <source>基层工会审批意见</source>
        <translation>Decision of the grassroots trade union</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Date of application</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified Social Credit Code</translation>
    </message>
    <message>
        <source>楼宇</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>企业性质</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>是否外资</source>
        <translation>Foreign-invested</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>建会情况</source>
        <translation>Union status</translation>
    </message>
    <message>
        <source>职工沟通会</source>
        <translation>Employee communication meeting</translation>
    </message>
    <message>
        <source>已建会企业沟通会</source>
        <translation>Meeting with unionized enterprises</translation>
    </message>
    <message>
        <source>未建会企业“一对一”沟通会</source>
        <translation>One-on-one meeting with a non-unionized enterprise</translation>
    </message>
    <message>
        <source>混合型沟通会</source>
        <translation>Mixed communication meeting</translation>
    </message>
    <message>
        <source>职工</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>已建会企业</source>
        <translation>Unionized firms</translation>
    </message>
    <message>
        <source>一对一</source>
        <translation>One-on-one</translation>
    </message>
    <message>
        <source>混合型</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <source>到会了解情况，没有表态</source>
        <translation>Came to learn more, took no position</translation>
    </message>
    <message>
        <source>认可工会工作、愿意配合宣传或活动，但尚未表示要建会（单独统计为“表示支持”）</source>
        <translation>Supports the union&apos;s work and will help with publicity or events, but has not said it will found a union (counted separately as “Supportive”)</translation>
    </message>
    <message>
        <source>未建会企业明确表示准备成立工会（计入“达成建会意向”；已建会企业不能选）</source>
        <translation>A non-unionized enterprise states clearly that it will found a union (counts as “Intention to found a union”; not for unionized enterprises)</translation>
    </message>
    <message>
        <source>未建会</source>
        <translation>No union</translation>
    </message>
    <message>
        <source>筹备中</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>已建会</source>
        <translation>Union founded</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>工会经费</source>
        <translation>Union dues and funds</translation>
    </message>
    <message>
        <source>职工福利</source>
        <translation>Employee welfare</translation>
    </message>
    <message>
        <source>会员服务卡</source>
        <translation>Membership service card</translation>
    </message>
    <message>
        <source>法律咨询</source>
        <translation>Legal advice</translation>
    </message>
    <message>
        <source>劳动关系</source>
        <translation>Labour relations</translation>
    </message>
    <message>
        <source>职工培训</source>
        <translation>Employee training</translation>
    </message>
    <message>
        <source>文体活动</source>
        <translation>Cultural and sports activities</translation>
    </message>
    <message>
        <source>医疗互助</source>
        <translation>Mutual medical aid</translation>
    </message>
    <message>
        <source>困难帮扶</source>
        <translation>Hardship assistance</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>建会申请书</source>
        <translation>Application to found a union</translation>
    </message>
    <message>
        <source>筹备组成立</source>
        <translation>Preparatory group set up</translation>
    </message>
    <message>
        <source>会员登记表收齐</source>
        <translation>Member registration forms collected</translation>
    </message>
    <message>
        <source>会员代表大会议程与选举办法</source>
        <translation>Congress agenda and election rules</translation>
    </message>
    <message>
        <source>候选人名单</source>
        <translation>List of candidates</translation>
    </message>
    <message>
        <source>上级工会批复</source>
        <translation>Approval of the higher-level union</translation>
    </message>
    <message>
        <source>国有</source>
        <translation>State-owned</translation>
    </message>
    <message>
        <source>民营</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>外商投资</source>
        <translation>Foreign-invested</translation>
    </message>
    <message>
        <source>港澳台投资</source>
        <translation>Hong Kong, Macao or Taiwan-invested</translation>
    </message>
    <message>
        <source>集体</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>横幅</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>宣传折页</source>
        <translation>Leaflet</translation>
    </message>
    <message>
        <source>易拉宝</source>
        <translation>Roll-up banner</translation>
    </message>
    <message>
        <source>微信公众号二维码</source>
        <translation>WeChat official account QR code</translation>
    </message>
    <message>
        <source>入会礼品</source>
        <translation>Membership gifts</translation>
    </message>
    <message>
        <source>空白入会申请表（已打印）</source>
        <translation>Blank application forms (printed)</translation>
    </message>
    <message>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>邀请函</source>
        <translation>Invitation letter</translation>
    </message>
    <message>
        <source>意见建议记录表</source>
        <translation>Suggestion record sheet</translation>
    </message>
    <message>
        <source>建会宣传材料</source>
        <translation>Union-founding leaflets</translation>
    </message>
    <message>
        <source>《工会法》（中英文）</source>
        <translation>Trade Union Law (Chinese and English)</translation>
    </message>
    <message>
        <source>未联系</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <source>已联系</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>已参会</source>
        <translation>Attended a meeting</translation>
    </message>
    <message>
        <source>有建会意向</source>
        <translation>Intends to found a union</translation>
    </message>
    <message>
        <source>已召开会员代表大会</source>
        <translation>Member representative congress held</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>计划中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已召开</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>表示支持</source>
        <translation>Supportive</translation>
    </message>
    <message>
        <source>已申请</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>已入会</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>已转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <source>召开沟通会</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>场</source>
        <translation>meetings</translation>
    </message>
    <message>
        <source>标记为“已召开”的沟通会；计划中、已取消的不计</source>
        <translation>Meetings marked “Held”; planned and cancelled ones are not counted</translation>
    </message>
    <message>
        <source>沟通会日期</source>
        <translation>meeting date</translation>
    </message>
    <message>
        <source>接待职工咨询</source>
        <translation>Employee enquiries</translation>
    </message>
    <message>
        <source>人次</source>
        <translation>enquiries</translation>
    </message>
    <message>
        <source>已召开沟通会记录的咨询人次之和（现场“咨询 +1”与召开情况中填写的人次）</source>
        <translation>The enquiries recorded at held meetings (the on-site “Enquiry +1” clicks and the numbers entered in the meeting results)</translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation>Walk-in membership</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>在已召开的沟通会当天登记、并关联该场沟通会的入会人员，一人计一次；按本人申请删除个人信息后仍计数</source>
        <translation>People registered on the day of a held meeting and linked to it, each counted once; still counted after their personal information is deleted at their request</translation>
    </message>
    <message>
        <source>沟通会日期（即登记日期）</source>
        <translation>meeting date (the registration date)</translation>
    </message>
    <message>
        <source>参会未建会企业</source>
        <translation>Non-unionized firms attending</translation>
    </message>
    <message>
        <source>家</source>
        <translation>firms</translation>
    </message>
    <message>
        <source>出席已召开沟通会、且在会议当天尚未建会的企业</source>
        <translation>Enterprises that attended a held meeting and had no union on the day of the meeting</translation>
    </message>
    <message>
        <source>达成建会意向</source>
        <translation>Intentions to found a union</translation>
    </message>
    <message>
        <source>在已召开沟通会上结果为“有建会意向”、且会议当天尚未建会的企业；“表示支持”不计入</source>
        <translation>Enterprises whose outcome at a held meeting was “Intends to found a union” and that had no union on that day; “Supportive” does not count</translation>
    </message>
    <message>
        <source>服务站日常入会</source>
        <translation>Station day-to-day memberships</translation>
    </message>
    <message>
        <source>不在沟通会现场的入会登记：未关联沟通会，或所关联的沟通会已取消；单列，不计入现场入会</source>
        <translation>Registrations not made at a meeting: not linked to a meeting, or linked to a cancelled one; listed separately, not counted as walk-in membership</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>registration date</translation>
    </message>
    <message>
        <source>在已召开沟通会上结果为“表示支持”的企业（认可、愿意配合，尚未表示要建会）</source>
        <translation>Enterprises whose outcome at a held meeting was “Supportive” (approve and will help, but have not said they will found a union)</translation>
    </message>
    <message>
        <source>新建工会</source>
        <translation>New trade unions</translation>
    </message>
    <message>
        <source>召开会员代表大会、成立工会的企业；建会日期即会员代表大会日期</source>
        <translation>Enterprises that held a member representative congress and founded a union; the founding date is the congress date</translation>
    </message>
    <message>
        <source>会员代表大会日期</source>
        <translation>congress date</translation>
    </message>
    <message>
        <source>收集意见建议</source>
        <translation>Suggestions received</translation>
    </message>
    <message>
        <source>条</source>
        <translation>items</translation>
    </message>
    <message>
        <source>企业或职工个人（可匿名）提出的意见建议</source>
        <translation>Suggestions raised by enterprises or individual employees (anonymous allowed)</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>date received</translation>
    </message>
    <message>
        <source>已答复意见建议</source>
        <translation>Suggestions answered</translation>
    </message>
    <message>
        <source>收集的意见建议中已答复的</source>
        <translation>Suggestions received that have been answered</translation>
    </message>
    <message>
        <source>发放礼品/慰问品</source>
        <translation>Gifts and care items handed out</translation>
    </message>
    <message>
        <source>份</source>
        <translation>items</translation>
    </message>
    <message>
        <source>入会礼品（随登记记录）与沟通会、送温暖、夏送清凉等另行登记的发放份数，每份只记一次</source>
        <translation>Membership gifts (recorded with registrations) and items handed out at meetings, in the winter-warmth and summer-cooling campaigns and so on, each counted once</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>date handed out</translation>
    </message>
    <message>
        <source>否：每期内去重，各月之和可大于全年</source>
        <translation>No: counted once per period, so the months can add up to more than the year</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明</source>
        <translation>Tomb-sweeping Day</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>中秋</source>
        <translation>Mid-autumn Festival</translation>
    </message>
    <message>
        <source>中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日</source>
        <translation>Anti-Fascist 70th Day</translation>
    </message>
    <message>
        <source>召开沟通会（场）</source>
        <translation>Meetings held (meetings)</translation>
    </message>
    <message>
        <source>接待职工咨询（人次）</source>
        <translation>Employee enquiries (enquiries)</translation>
    </message>
    <message>
        <source>现场入会（人）</source>
        <translation>Walk-in membership (people)</translation>
    </message>
    <message>
        <source>参会未建会企业（家）</source>
        <translation>Non-unionized firms attending (firms)</translation>
    </message>
    <message>
        <source>达成建会意向（家）</source>
        <translation>Intentions to found a union (firms)</translation>
    </message>
    <message>
        <source>服务站日常入会（人）</source>
        <translation>Station day-to-day memberships (people)</translation>
    </message>
    <message>
        <source>表示支持（家）</source>
        <translation>Supportive (firms)</translation>
    </message>
    <message>
        <source>新建工会（家）</source>
        <translation>New trade unions (firms)</translation>
    </message>
    <message>
        <source>收集意见建议（条）</source>
        <translation>Suggestions received (items)</translation>
    </message>
    <message>
        <source>已答复意见建议（条）</source>
        <translation>Suggestions answered (items)</translation>
    </message>
    <message>
        <source>发放礼品/慰问品（份）</source>
        <translation>Gifts and care items handed out (items)</translation>
    </message>
    <message>
        <source>建会咨询企业（家）</source>
        <translation>Firms asking about founding a union (firms)</translation>
    </message>
    <message>
        <source>参会企业（家）</source>
        <translation>Enterprises attending (firms)</translation>
    </message>
    <message>
        <source>邀请企业（家）</source>
        <translation>Enterprises invited (firms)</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>城镇</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>农村</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>居民身份证</source>
        <translation>Resident Identity Card</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland Travel Permit for Hong Kong and Macao Residents</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland Travel Permit for Taiwan Residents</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>外国人永久居留身份证</source>
        <translation>Foreign Permanent Resident ID Card</translation>
    </message>
    <message>
        <source>中共党员</source>
        <translation>Member of the Communist Party of China</translation>
    </message>
    <message>
        <source>中共预备党员</source>
        <translation>Probationary Member of the Communist Party of China</translation>
    </message>
    <message>
        <source>共青团员</source>
        <translation>Member of the Communist Youth League</translation>
    </message>
    <message>
        <source>民主党派</source>
        <translation>Member of a Democratic Party</translation>
    </message>
    <message>
        <source>群众</source>
        <translation>No party affiliation</translation>
    </message>
    <message>
        <source>小学</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>初中</source>
        <translation>Junior secondary school</translation>
    </message>
    <message>
        <source>高中</source>
        <translation>Senior secondary school</translation>
    </message>
    <message>
        <source>中专</source>
        <translation>Secondary vocational school</translation>
    </message>
    <message>
        <source>大专</source>
        <translation>Junior college (3-year)</translation>
    </message>
    <message>
        <source>本科</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <source>硕士研究生</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <source>博士研究生</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <source>布依族</source>
        <translation>Bouyei</translation>
    </message>
    <message>
        <source>朝鲜族</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <source>侗族</source>
        <translation>Dong</translation>
    </message>
    <message>
        <source>瑶族</source>
        <translation>Yao</translation>
    </message>
    <message>
        <source>白族</source>
        <translation>Bai</translation>
    </message>
    <message>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <source>哈尼族</source>
        <translation>Hani</translation>
    </message>
    <message>
        <source>哈萨克族</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>傣族</source>
        <translation>Dai</translation>
    </message>
    <message>
        <source>黎族</source>
        <translation>Li</translation>
    </message>
    <message>
        <source>傈僳族</source>
        <translation>Lisu</translation>
    </message>
    <message>
        <source>佤族</source>
        <translation>Va</translation>
    </message>
    <message>
        <source>畲族</source>
        <translation>She</translation>
    </message>
    <message>
        <source>高山族</source>
        <translation>Gaoshan</translation>
    </message>
    <message>
        <source>拉祜族</source>
        <translation>Lahu</translation>
    </message>
    <message>
        <source>水族</source>
        <translation>Shui</translation>
    </message>
    <message>
        <source>东乡族</source>
        <translation>Dongxiang</translation>
    </message>
    <message>
        <source>纳西族</source>
        <translation>Naxi</translation>
    </message>
    <message>
        <source>景颇族</source>
        <translation>Jingpo</translation>
    </message>
    <message>
        <source>柯尔克孜族</source>
        <translation>Kirgiz</translation>
    </message>
    <message>
        <source>土族</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>达斡尔族</source>
        <translation>Daur</translation>
    </message>
    <message>
        <source>仫佬族</source>
        <translation>Mulao</translation>
    </message>
    <message>
        <source>羌族</source>
        <translation>Qiang</translation>
    </message>
    <message>
        <source>布朗族</source>
        <translation>Blang</translation>
    </message>
    <message>
        <source>撒拉族</source>
        <translation>Salar</translation>
    </message>
    <message>
        <source>毛南族</source>
        <translation>Maonan</translation>
    </message>
    <message>
        <source>仡佬族</source>
        <translation>Gelao</translation>
    </message>
    <message>
        <source>锡伯族</source>
        <translation>Xibe</translation>
    </message>
    <message>
        <source>阿昌族</source>
        <translation>Achang</translation>
    </message>
    <message>
        <source>普米族</source>
        <translation>Pumi</translation>
    </message>
    <message>
        <source>塔吉克族</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <source>怒族</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>乌孜别克族</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <source>俄罗斯族</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>鄂温克族</source>
        <translation>Ewenki</translation>
    </message>
    <message>
        <source>德昂族</source>
        <translation>De&apos;ang</translation>
    </message>
    <message>
        <source>保安族</source>
        <translation>Bonan</translation>
    </message>
    <message>
        <source>裕固族</source>
        <translation>Yugur</translation>
    </message>
    <message>
        <source>京族</source>
        <translation>Gin</translation>
    </message>
    <message>
        <source>塔塔尔族</source>
        <translation>Tatar</translation>
    </message>
    <message>
        <source>独龙族</source>
        <translation>Derung</translation>
    </message>
    <message>
        <source>鄂伦春族</source>
        <translation>Oroqen</translation>
    </message>
    <message>
        <source>赫哲族</source>
        <translation>Hezhen</translation>
    </message>
    <message>
        <source>门巴族</source>
        <translation>Monba</translation>
    </message>
    <message>
        <source>珞巴族</source>
        <translation>Lhoba</translation>
    </message>
    <message>
        <source>基诺族</source>
        <translation>Jino</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date, its weekday</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>yyyy年M月</source>
        <comment>a month; Qt date format</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>待补录</source>
        <translation>To be recorded</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>请填写姓名（与身份证一致）</source>
        <translation>Enter the name (as on the ID document)</translation>
    </message>
    <message>
        <source>姓名过长（%1个字），请核对</source>
        <translation>The name is too long (%1 characters); please check it</translation>
    </message>
    <message>
        <source>姓名中不能有数字</source>
        <translation>A name cannot contain digits</translation>
    </message>
    <message>
        <source>证件类型“%1”不在可选项中</source>
        <translation>“%1” is not one of the ID document types</translation>
    </message>
    <message>
        <source>性别“%1”应为“男”或“女”</source>
        <translation>Sex “%1” must be male or female</translation>
    </message>
    <message>
        <source>性别“%1”与身份证号码（%2）不符</source>
        <translation>Sex “%1” does not match the ID number (%2)</translation>
    </message>
    <message>
        <source>出生日期“%1”不是有效日期</source>
        <translation>Date of birth “%1” is not a valid date</translation>
    </message>
    <message>
        <source>出生日期 %1 与身份证号码（%2）不符</source>
        <translation>Date of birth %1 does not match the ID number (%2)</translation>
    </message>
    <message>
        <source>请填写身份证号码</source>
        <translation>Enter the resident ID number</translation>
    </message>
    <message>
        <source>请填写%1号码</source>
        <translation>Enter the %1 number</translation>
    </message>
    <message>
        <source>%1号码“%2”格式不对</source>
        <translation>%1 number “%2” is not in a valid format</translation>
    </message>
    <message>
        <source>身份证号码应为18位，实际输入了%1位</source>
        <translation>A resident ID number has 18 characters; %1 were entered</translation>
    </message>
    <message>
        <source>身份证号码前两位“%1”不是有效的省级行政区代码</source>
        <translation>The first two digits of the ID number, “%1”, are not a valid province code</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期“%1”不是有效日期</source>
        <translation>The date of birth in the ID number, “%1”, is not a valid date</translation>
    </message>
    <message>
        <source>身份证号码校验位错误：第18位应为 %1，实际为 %2</source>
        <translation>Wrong ID number check digit: the 18th character should be %1, not %2</translation>
    </message>
    <message>
        <source>请填写手机号码</source>
        <translation>Enter the mobile number</translation>
    </message>
    <message>
        <source>手机号码应为11位数字，实际输入了%1位</source>
        <translation>A mobile number has 11 digits; %1 were entered</translation>
    </message>
    <message>
        <source>手机号码第%1位“%2”不是数字</source>
        <translation>Character %1 of the mobile number, “%2”, is not a digit</translation>
    </message>
    <message>
        <source>“%1”不是有效的手机号码：应以 13–19 开头</source>
        <translation>“%1” is not a valid mobile number: it must start with 13–19</translation>
    </message>
    <message>
        <source>“%1”不是有效的国际电话号码（请写国家代码，如 +49 170 1234567）</source>
        <translation>“%1” is not a valid international number (include the country code, e.g. +49 170 1234567)</translation>
    </message>
    <message>
        <source>%1“%2”不是有效日期</source>
        <translation>%1 “%2” is not a valid date</translation>
    </message>
    <message>
        <source>%1不能晚于今天</source>
        <translation>%1 cannot be later than today</translation>
    </message>
    <message>
        <source>入会（批准）日期不能早于申请日期</source>
        <translation>The admission date cannot be earlier than the application date</translation>
    </message>
    <message>
        <source>请确认本人已同意工会使用其个人信息（勾选同意）</source>
        <translation>Confirm that the applicant consents to the union using their personal information (tick the box)</translation>
    </message>
</context>
</TS>
