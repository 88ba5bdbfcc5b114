; Windows installer for ShopDesk (Inno Setup 6).
;
; 1. Build the bundle on Windows:   pyinstaller --noconfirm shopdesk.spec      (-> dist\shopdesk\)
; 2. Compile this script:           iscc /DAppVersion=0.1.0 resources\installer\shopdesk.iss
;                                   (-> dist\shopdesk-0.1.0-setup.exe)
;
; The installer copies the program folder only and never downloads anything.
; The shop's data lives in %APPDATA%\ShopDesk (database, backups, logs): the
; uninstaller removes the program and its shortcuts and leaves that folder alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ShopDesk"
#define AppExe "shopdesk.exe"
#ifndef BundleDir
  #define BundleDir "..\..\dist\shopdesk"
#endif

[Setup]
; A fixed AppId, so a newer version upgrades this one in place.
AppId={{6B1F3C52-8E0D-4D7A-9A47-3E52C1B0D9F4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for everyone with admin rights, or for the current user only without them.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\icons\shopdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=shopdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese is an unofficial Inno Setup translation: used when installed
; (put ChineseSimplified.isl into Inno Setup's Languages folder).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{autoprograms}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; Silent installs (deployment) also run the self-test on a temporary demo shop; its report
; goes to %APPDATA%\ShopDesk\logs\self-test.txt.
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."; Check: WizardSilent
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only files the program may leave in its own folder; %APPDATA%\ShopDesk is never listed here.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
