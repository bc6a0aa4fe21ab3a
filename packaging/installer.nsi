; The Windows installer: a per-user install (no administrator rights) into
; %LOCALAPPDATA%\Programs\StationApp, Simplified Chinese pages, Start-menu and desktop shortcuts,
; an entry under Settings → Apps that uninstalls the program and keeps the clerks' data.
; Built by packaging/build.sh:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSOURCE_DIR=… -DOUT_FILE=… -DICON=… installer.nsi
; The data (database, backups, settings) lives apart in %LOCALAPPDATA%\station-app: neither
; installing a new version nor uninstalling touches it.

Target amd64-unicode  ; a 64-bit installer for a 64-bit program (runs under Wine without wine32)
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user

; With a certificate (packaging/build.sh passes STATION_APP_SIGN as SIGN_COMMAND) the installer
; and the uninstaller it writes are signed as makensis finishes them.
!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND} "%1"'
  !uninstfinalize '${SIGN_COMMAND} "%1"'
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define PRODUCT "街道工会服务站工作台"
!define PUBLISHER "街道工会服务站"
!define REG_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\StationApp"
!define SHORTCUT "${PRODUCT}.lnk"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\StationApp"
InstallDirRegKey HKCU "${REG_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=2052 "FileDescription" "${PRODUCT} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "MIT License"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "将在本机为当前用户安装${PRODUCT} ${VERSION}，无需管理员权限。$\r$\n$\r$\n服务站的数据（数据库、备份、设置）保存在单独的文件夹中，安装新版本或卸载程序都不会删除它们。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\station-app.exe"
!define MUI_FINISHPAGE_RUN_TEXT "现在启动${PRODUCT}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; What the installer puts in $INSTDIR, removed by name on update and uninstall (never the
; folder itself with everything in it: a clerk may have chosen a folder holding other files).
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\station-app.exe"
  Delete "$INSTDIR\station-app-cli.exe"
!macroend

Section "Program" SecProgram
  SetShellVarContext current
  !insertmacro RemoveProgramFiles
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\station-app.exe"
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\station-app.exe"

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKCU "${REG_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${REG_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REG_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${REG_KEY}" "DisplayIcon" "$INSTDIR\station-app.exe"
  WriteRegStr HKCU "${REG_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REG_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${REG_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${REG_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${REG_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${REG_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${REG_KEY}"
SectionEnd
