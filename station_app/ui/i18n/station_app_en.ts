<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受邀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召开情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 人（按现场入会登记自动统计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称：从企业库选择，或输入新企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂无记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入会礼品随入会登记记录；其他发放请用“发放登记”，这里不再重复填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接待职工咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录的发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存并标记已召开 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业（建会咨询、到场企业）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会企业及结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（新增到企业库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建会企业不能记为“有建会意向”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”已在列表中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”不在企业库中，保存时将新增（未建会）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>SQLite 数据库 (*.sqlite3 *.db *.sqlite);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库到…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlankFormsDialog</name>
    <message>
        <source>打印空白申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份数(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言(&amp;L)：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyCloseDialog</name>
    <message>
        <source>还有工作在进行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后台工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”还没有完成。现在关闭程序吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等它完成后关闭最稳妥；停止则不会留下写了一半的文件，但这项工作需要重做。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等完成后关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停止并关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不记名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待计入的入会登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>楼宇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>导入会员名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按上级模板导出会员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并活动电脑数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>准备活动电脑数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码与加密…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-备份%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用“%1”替换当前的数据库？当前的数据库会先另存到备份文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个备份文件检查未通过，未做任何改动。
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据库另存为：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择活动电脑的数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在合并…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在比对两份数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动电脑数据库保存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动电脑.sqlite3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已准备好</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动电脑的数据库已保存为：%1
把它复制到活动电脑，用 --db 打开；活动结束后用“合并活动电脑数据…”把登记带回本机。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开机密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已设置开机密码（数据库文件没有加密）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消开机密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库加密</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消加密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已加密。以后的备份和活动电脑的副本也用这个密码加密。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

备份文件夹中有 %1 份以前的备份没有加密，别的程序仍能读出其中的个人信息；忘记密码时只能用它们恢复。确认不再需要后，请在备份文件夹中删除：
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>此人已登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该身份证号码已经登记过，不能再登记一次。要打开已有的记录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有姓名和手机号码都相同的会员，可能是同一个人（身份证号码录错了？）。要打开已有的记录核对吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开已有记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseDetail</name>
    <message>
        <source>修改建会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会日期 %1 → %2。修改原因（必填，记入操作日志）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更阶段…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录跟进…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存大会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员代表大会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会筹备</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;请在上方选择一家企业&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会情况：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工 %1 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会日期：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次跟进：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改建会日期…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业进入“筹备中”阶段后，这里列出建会筹备事项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2 完成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已召开会员代表大会：建会日期即大会日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筹备材料 %1 / %2 项已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>新增企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 位，如 91110108551385082Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外资企业（可能需要英文材料）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看已登记的企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在楼宇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会情况随阶段变更自动更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <source>按企业名称或统一社会信用代码查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部建会情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内资和外资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅外资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅内资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅 100 人以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增企业…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;建会阶段&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部楼宇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部企业&#x3000;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未分阶段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 家，其中 100 人以上 %2 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待跟进（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>逾期 %1 家（红色），本周内到期 %2 家；按计划日期排列，最紧急的在最上面。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议（待答复 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择一条意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseMemberDialog</name>
    <message>
        <source>删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将删除“%1”的姓名、身份证号码、手机号码等全部个人信息。
入会时间和所属沟通会保留，统计数字不变。此操作不能撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除原因（必填），例如：本人书面申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  …另有 %1 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹中有 %1 份更早的备份，仍含有此人的信息，删除不会改变它们：
%2%3
处理方法：自动备份按保留规则陆续删除（最迟 12 个月）；手动备份和恢复前的副本半年后删除（每种留最新一份），要更早删除请在备份文件夹中删除。从这些备份恢复后，程序会再次删除此人（删除记录随当前数据库保留）。复制到 U 盘等处的备份请一并处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写删除原因。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>%1时出错：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出错：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出现了意外的问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序遇到了一个意外的问题，刚才这一步没有完成。

%1

窗口中已经填写的内容没有丢失，可以检查后继续工作。如果问题反复出现，请把详细信息发给维护人员。

详细情况已记录在日志：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示详细信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续工作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隐藏详细信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>导出到 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完整个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出的文件将包含完整的身份证号码和手机号码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这些是受《个人信息保护法》保护的个人信息：请只在确有需要时导出，妥善保管文件，用完及时删除。本次导出将记入审计日志。

确定导出完整信息吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>（不是在沟通会上提出的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业提出的意见或建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务站的答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写答复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileResultBar</name>
    <message>
        <source>打开文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>记录跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>谈了什么，企业怎么说</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>情况 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写跟进情况。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次跟进日期不能早于本次跟进日期。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormLanguage</name>
    <message>
        <source>中文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>英文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中英对照</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPrinting</name>
    <message>
        <source>申请表已生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动（外资企业中英对照）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请表的语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印空白申请表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印本场全部申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直接打印（不预览）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存并打印时直接送到默认打印机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请表语言 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>准备打印字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到这位会员，可能已被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入会申请书-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白入会申请表-%1份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成空白申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白申请表 %1 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择一场沟通会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这场沟通会还没有人登记入会。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本场入会申请表-%1人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成本场申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本场 %1 人的申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1已生成，共 %2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分申请表未打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下 %1 人的申请表含有无法打印的字符，未放入本次打印：
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已送往打印机 %1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 页。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在送往打印机</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>%1：当前 %2 家，累计达到 %3 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前 %1 / 累计 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>发放登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：防暑降温用品、米面油、毛巾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空：不记名，按份数登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不在沟通会上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>物品 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领取人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近一年共发放 %1 份，其中随入会登记 %2 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除发放记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除 %1 %2 %3 份的发放记录？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节日名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日与调休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年的安排已由节假日库提供；这里录入的日期会覆盖库中同一天的安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日库还不知道 %1 年的安排：请按国务院办公厅通知录入放假日期和调休上班日。未录入前，该年的沟通会日期只按周末判断，并会提示“安排尚未录入”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入会员名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入企业名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择名单文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单 (*.xlsx *.xlsm *.csv);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择要导入的文件（Excel 或 CSV）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查每一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头在第</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对应列（已按表头自动识别，可修改；* 为必需）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件的前几行（蓝色为表头行）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已找到表头：%1第 %2 行，约 %3 行数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到必需的列：%1，请在下方选择对应的列，或改正表头所在行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查每一行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查结果：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点击“导入”：无误的行导入，有错误的行不导入，连同原因另存为一个文件，改正后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一个文件可以放心再次导入：已登记的不会重复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无误的行已导入；有错误的 %1 行没有导入，已连同原因另存为：
%2
请在这个文件中改正后再导入它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有的行都已导入（或早已登记）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中 %1 人的信息含有无法打印的字符：已导入，申请表请手工填写。名单（标为“已导入”）在：
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记或没有变化的行已跳过；再次导入同一文件不会重复登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 行</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>语言 / Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下次启动程序时，窗口将使用%1。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”%2，不能删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1名称不能为空。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已经有“%1”了，请换一个名称。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSettingsDialog</name>
    <message>
        <source>阶段与类别设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 家企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段（按建会进程排列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建会阶段（企业到此即算建会）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂缓阶段（暂停跟进的企业）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 条意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别改名后，已登记在该类别下的意见建议也随之改名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不设暂缓阶段）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一个阶段不能既是“已建会”又是“暂缓”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”是已建会阶段，不能删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”阶段中还有 %2 家企业，不能删除；请先把这些企业移到其他阶段。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”阶段由沟通会结果自动使用，不能删除（可以改名）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将删除：%1。
确定保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 值班经办人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就绪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务站设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阶段与类别设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日与调休…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放登记（夏送清凉、冬送温暖、慰问品）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — station-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会服务站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待跟进企业：%1 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补录沟通会：%1 场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（%1 人待计入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>街道工会服务站工作台 station-app %1
沟通会 · 现场入会 · 企业建会跟进 · 统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在等待后台工作结束，结束后自动关闭…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsDialog</name>
    <message>
        <source>添加宣传资料（PDF）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除资料“%1”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宣传资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印宣传资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有资料。点“添加…”选择服务站自己的 PDF 文件，例如宣传折页、英文版工会法。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每份资料打印(&amp;N)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请勾选要打印的资料。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>数据（由记录自动统计）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在左侧选择一场沟通会查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筹备清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业参会及结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错时场次：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>编辑沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：一层大堂、××公司门口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空则按类型和日期自动命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入企业名称筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点（楼宇）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>具体位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筹备清单
（每行一项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邀请企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束时间必须晚于开始时间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：该地点同一时间已有安排——%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>注意：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingFeedbackDialog</name>
    <message>
        <source>沟通会意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复所选…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可不填：匿名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出的问题、意见或建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本场共 %1 条，待答复 %2 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择一条意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改/改期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规划沟通日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建错时场次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记已召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印宣传资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>近期沟通会（未来 90 天）：%n 场</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>本月即将召开：%n 场</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>往期沟通会：%n 场</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 场</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>无安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改召开情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场地冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该地点同一时间已有安排：
%1

仍要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

仍按这个日期保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已新建沟通会：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已改期到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已创建 %1 场职工沟通日（其中 %2 场改期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建错时场次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已创建错时场次：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能标记已召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已标记为已召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；%1 家企业阶段已更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；新增 %1 家企业到企业库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消 %1 的沟通会。取消原因（可不填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会记录_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宣传资料_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本场已发放资料：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 份</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberErasure</name>
    <message>
        <source>删除个人信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调出修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息（本人申请）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>与身份证一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18位，末位可为 X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年-月-日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由本人填写，如：河北保定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11位手机号码；境外号码以 + 和国家代码开头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入企业名称中的几个字即可选择，也可直接填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更多信息（登记表：民族、学历、政治面貌、职务、职称、家庭成员、工作简历等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请人已同意工会为会员登记和服务收集、使用上述个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>籍贯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号码 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入会礼品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;（旧版15位号码，已转换为18位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号码应为18位，实际输入了%1位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已输入 %1 位，还差 %2 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号码登记地：%1（籍贯以本人填写为准）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>合并活动电脑数据 — 预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待确认的默认保留本机的数据；勾选一条表示改用活动电脑的数据（已按本人要求删除的人：勾选表示本人已重新同意登记）。有误的记录不会合并。点“合并”后一次写入，中途出错则什么都不写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机（合并前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动电脑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDaysDialog</name>
    <message>
        <source>规划职工沟通日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每月 12 日为职工沟通日（11:00–14:00）。遇周末、法定节假日或调休上班日的，已标出原因和建议日期，可保留 12 日或改到其他日期；尚不知道节假日安排的年份也会标出（文件 → 节假日与调休…）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规划未来</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点（楼宇）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 日为%1，建议改到 %2（%3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 日：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有本月沟通日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将创建 %1 场；其中 %2 个月的 12 日遇周末或节假日。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>无法读取 PDF 文件“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始打印：打印机不可用或输出文件无法写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机拒绝了新的一页，打印已中止。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到打印机“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法把文件交给打印服务：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印机“%1”没有接受这份文件：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存到“%1”：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>%1 — 明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#x3000;合计 %2&#x3000;（%3 条记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <source>补录到往期沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选沟通会不是今天：%1

只有沟通会当天的登记才计入该场的现场入会。如果这些申请表是在那天现场填写的，可以补录：登记日期将记为 %2。

按沟通会当天补录吗？（否：请改选“服务站日常”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询 +1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只来咨询、没有登记的职工，每人点一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存并打印 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入会登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日登记（单击一行可调出修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按姓名、身份证号码或手机号码查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击一行可调出修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务站日常（不关联沟通会）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存：这场沟通会还没有召开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存：请选择“服务站日常”，或确认按沟通会当天补录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（今天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>今日已登记 %n 人</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>共 %n 人</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>经办人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未选择经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本场咨询 %1 人次 · 入会 %2 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该身份证号码已登记：%1（%2 申请）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表单是空的：请先填写姓名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存：出现了意外的问题，表单内容仍在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存：请按红字修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已修改：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有改动：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存：此人已按本人要求删除个人信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未保存：此人已登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在修改 %1 的登记（%2）。保存即更新这条记录；点“清空”放弃修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>咨询已计数：本场 %1 人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按本人申请删除个人信息，统计数字不变。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewedConsentDialog</name>
    <message>
        <source>已按本人要求删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”曾按本人要求删除了个人信息，所以没有保存。
只有本人这次重新同意工会使用其个人信息（已在申请书上签字）时，才能再次登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人重新同意，登记</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要恢复的备份。恢复前会先检查备份文件，并把当前的数据库另存到备份文件夹；备份之后才做的登记不在备份里，但仍保存在另存的副本中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择其他文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>更换数据库密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密数据库文件（推荐）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忘记密码就再也打不开这个数据库：密码不保存在任何地方，也无法找回，只能从加密之前做的（未加密的）备份恢复。请把密码写下来，存放在安全的地方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空并确定即取消加密（数据库文件恢复为不加密）。
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密后，数据库文件、以后的备份和活动电脑的副本没有密码都打不开，别的程序读不出其中的姓名和证件号码；每个命令也要输入密码（脚本可用环境变量 STATION_APP_PASSWORD）。
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不加密时，这个密码只在打开窗口时询问：数据库文件本身没有加密，命令行和其他程序（例如 sqlite3）不用密码也能读出其中的姓名和证件号码。留空并确定即取消开机密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一样，请重新输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加密需要一个密码。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>变更阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：上门沟通后企业同意成立筹备组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员代表大会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会日期即会员代表大会召开的日期，按这一天计入“新建工会”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际发生的日期；补录以前的变化时请改为当天。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写变更阶段的原因。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartNotes</name>
    <message>
        <source>今日提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>知道了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去“沟通会”页处理</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <source>数据库文件已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是本程序的数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库来自更新版本的程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件是只读的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库正被另一个程序占用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序已经在运行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法创建数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以从最近的备份恢复；损坏的文件会先另存到备份文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请确认选择的是 station.sqlite3 数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请安装最新版本的程序后再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请取消文件的“只读”属性，或把它复制到可写的文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请关闭占用它的程序（另一个 station-app 或数据库工具）后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在任务栏中切换到已打开的窗口继续工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查文件的访问权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查文件夹是否存在并且可写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从最近的备份恢复（%1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹中没有可用的备份。请不要删除这个文件，把它交给技术人员检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSetupDialog</name>
    <message>
        <source>服务站设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写本服务站的信息。站名会印在每一份入会申请表上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：酒仙桥街道工会服务站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：酒仙桥街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：朝阳区总工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每行一位经办人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务站名称 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级总工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写服务站名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请至少填写一位经办人。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTab</name>
    <message>
        <source>月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整身份证号/手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印月报 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主要数据（点击数字查看明细）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>口径：%1。按%2计；各月可相加：%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会按类型（场）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近12个月趋势</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业建会进度（当前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看“%1”的明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年第%2季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 至 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（%2 至 %3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各阶段企业数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计_%1-%2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出 %v / %m 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1 行到 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月报_%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法生成月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1年%2月工作数据月报已保存到 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>按上级模板导出会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择模板…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对应方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>模板的列 → 会员信息（按列名自动对应，可修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择上级下发的 Excel 模板。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为方案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择模板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空白列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“%1”，表头在第 %2 行；%3 列有对应的会员信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存对应方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方案名称：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存对应方案“%1”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-已填写.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按模板导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填入 %1 名会员：%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwinDialog</name>
    <message>
        <source>创建错时场次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一活动在周末再办一场。原场次：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一活动在工作日再办一场。原场次：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错时场次日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>请输入数据库密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入开机密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已加密，请输入密码。忘记密码无法找回，只能从加密之前的备份恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入开机密码。这个密码只在打开窗口时询问：数据库文件没有加密，命令行和其他程序不用密码也能读出其中的姓名和证件号码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码不对，还可以再试 %1 次。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>籍贯</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否农民工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员证号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属基层工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭主要成员及其工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人工作简历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会小组意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基层工会审批意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>楼宇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否外资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建会企业沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未建会企业“一对一”沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>混合型沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建会企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一对一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>混合型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到会了解情况，没有表态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认可工会工作、愿意配合宣传或活动，但尚未表示要建会（单独统计为“表示支持”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未建会企业明确表示准备成立工会（计入“达成建会意向”；已建会企业不能选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未建会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筹备中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已建会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工福利</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员服务卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法律咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动关系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文体活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>医疗互助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>困难帮扶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会申请书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>筹备组成立</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员登记表收齐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员代表大会议程与选举办法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>候选人名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级工会批复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民营</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外商投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>港澳台投资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>集体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>横幅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>宣传折页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>易拉宝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信公众号二维码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入会礼品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>空白入会申请表（已打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签到表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>邀请函</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议记录表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建会宣传材料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>《工会法》（中英文）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已参会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有建会意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已召开会员代表大会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示支持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已转出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召开沟通会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标记为“已召开”的沟通会；计划中、已取消的不计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接待职工咨询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已召开沟通会记录的咨询人次之和（现场“咨询 +1”与召开情况中填写的人次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现场入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在已召开的沟通会当天登记、并关联该场沟通会的入会人员，一人计一次；按本人申请删除个人信息后仍计数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>沟通会日期（即登记日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会未建会企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席已召开沟通会、且在会议当天尚未建会的企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达成建会意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在已召开沟通会上结果为“有建会意向”、且会议当天尚未建会的企业；“表示支持”不计入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务站日常入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不在沟通会现场的入会登记：未关联沟通会，或所关联的沟通会已取消；单列，不计入现场入会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在已召开沟通会上结果为“表示支持”的企业（认可、愿意配合，尚未表示要建会）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召开会员代表大会、成立工会的企业；建会日期即会员代表大会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员代表大会日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收集意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业或职工个人（可匿名）提出的意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已答复意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收集的意见建议中已答复的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放礼品/慰问品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入会礼品（随登记记录）与沟通会、送温暖、夏送清凉等另行登记的发放份数，每份只记一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否：每期内去重，各月之和可大于全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待补录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
