/**
 * The Lync 2010 / Communicator preference values of `HKCU\Software\Microsoft\Communicator`,
 * with the type and default the reset script of "Working with Microsoft Lync Registry
 * Settings" writes. Flags are DWORDs of 0 or 1; thresholds are DWORDs of minutes.
 */
export interface PreferenceSpec {
  type: 'dword' | 'binary' | 'string';
  default: number | string | number[];
  /** For DWORDs: the values that mean something. */
  range?: [number, number];
  /** What the value is, for messages. */
  meaning: string;
}

const FLAG = (meaning: string, value: 0 | 1): PreferenceSpec => ({ type: 'dword', default: value, range: [0, 1], meaning });
const BINARY_FLAG = (meaning: string): PreferenceSpec => ({ type: 'binary', default: [0, 0, 0, 0], meaning });

export const COMMUNICATOR_PREFERENCES: Readonly<Record<string, PreferenceSpec>> = {
  AllowOverridingDeviceAtJoinTime: FLAG('choose the audio device when joining a meeting', 1),
  AlwaysOnTop: BINARY_FLAG('keep the main window on top'),
  AlwaysShowMenu: BINARY_FLAG('always show the menu bar'),
  AutoOpenMainWindowWhenStartup: FLAG('open the main window at start', 1),
  AutoRetrieveOOFSettings: FLAG('show the Outlook out-of-office message', 1),
  AutoRunWhenLogonToWindows: FLAG('start automatically at Windows logon', 1),
  AwayThreshold: { type: 'dword', default: 5, range: [1, 360], meaning: 'minutes before the status becomes Away' },
  CEIPEnabled: FLAG('customer experience improvement program', 0),
  DsBkgndMode: BINARY_FLAG('background mode of the contact list'),
  EnableEventLogging: FLAG('Windows event logging', 0),
  EnableTTY: FLAG('TTY mode', 0),
  EnableTracing: FLAG('client tracing', 0),
  FtReceiveFolder: { type: 'string', default: '%USERPROFILE%\\Documents\\My Received Files', meaning: 'folder for received files' },
  IdleThreshold: { type: 'dword', default: 5, range: [1, 360], meaning: 'minutes before the status becomes Inactive' },
  JoinAudioConferenceFrom: { type: 'dword', default: 1, range: [0, 2], meaning: 'how meeting audio is joined' },
  MinimizeWindowToNotificationArea: FLAG('minimise to the notification area', 0),
  PlaySoundFeedback: FLAG('play sounds', 1),
  ShowColorBand: FLAG('alternating background colour in conversations', 1),
  ShowEmoticons: FLAG('show emoticons', 1),
  suspendSoundWhenBusy: FLAG('mute alerts when Busy', 1),
  suspendSoundWhenConversationWindowInForeground: FLAG('mute alerts when the conversation window is in front', 1),
  suspendSoundWhenDND: FLAG('mute alerts when Do Not Disturb', 1),
};

/** The spec of a preference by name, as Windows compares value names (case-insensitively). */
export function preferenceSpec(name: string): [string, PreferenceSpec] | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(COMMUNICATOR_PREFERENCES).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : [key, COMMUNICATOR_PREFERENCES[key]];
}
