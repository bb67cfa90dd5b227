; Inno Setup 6 script for Ringoff: a per-user install (no administrator rights needed).
; Saved as UTF-8 with a byte-order mark so that ISCC reads the Chinese texts correctly.
; packaging/build.py runs it as:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=packaging\dist\ringoff /DOutputDir=packaging\dist
;        /DIconFile=packaging\build\generated\icons\ringoff.ico packaging\windows\ringoff.iss
; The folder holds ringoff.exe (the windowed app, what the shortcuts start) and ringoff-cli.exe
; (the same program for the command line).
;
; Uninstalling keeps the user's vault and settings (%APPDATA%\Ringoff) unless they answer Yes
; to the question the uninstaller asks (No is the default). Our cache, the reminder helper's
; autostart entry and its toast registration are always removed; a running helper is closed
; first (CloseApplications: it runs ringoff.exe from {app}).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\ringoff"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\build\generated\icons\ringoff.ico"
#endif
#define ChineseIsl AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl"

[Setup]
AppId={{2CB40AF0-F9B8-4165-AEF7-8211D5E7E03E}
AppName=Ringoff
AppVersion={#AppVersion}
AppVerName=Ringoff {#AppVersion}
AppPublisher=Ringoff
AppCopyright=Ringoff contributors, GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Ringoff
VersionInfoDescription=Ringoff setup
DefaultDirName={autopf}\Ringoff
DefaultGroupName=Ringoff
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=ringoff-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\ringoff.exe
UninstallDisplayName=Ringoff
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(ChineseIsl)
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
#endif

[CustomMessages]
english.DeleteData=Also delete your Ringoff data (the vault with your numbers and accounts, its backups and your settings)?%n%nChoose No to keep it, for example to install Ringoff again later.
#if FileExists(ChineseIsl)
chinesesimplified.DeleteData=同时删除您的 Ringoff 数据吗（保存号码和账号的保险库、它的备份和设置）？%n%n选择“否”会保留这些数据，例如以后重新安装时还能使用。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Ringoff"; Filename: "{app}\ringoff.exe"
Name: "{autodesktop}\Ringoff"; Filename: "{app}\ringoff.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ringoff.exe"; Description: "{cm:LaunchProgram,Ringoff}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only our own cache (the compiled catalog, built translations): never user data.
Type: filesandordirs; Name: "{localappdata}\Ringoff\Cache"
Type: dirifempty; Name: "{localappdata}\Ringoff"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    { The reminder helper's autostart value (gui/ringoff/services/autostart.py: RUN_VALUE_NAME). }
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run',
      'Ringoff reminders');
    { The AppUserModelID that toast notifications need (services/notify_native.py: APP_NAME). }
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\Classes\AppUserModelId\Ringoff');
  end;
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    if MsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(ExpandConstant('{userappdata}\Ringoff'), True, True, True);
end;
