import { articleRenders } from './checks/articleRenders';
import { citationDialog } from './checks/citation';
import { coldReferenceLink } from './checks/coldReferenceLink';
import { endKey } from './checks/endKey';
import { languageSwitch } from './checks/languageSwitch';
import { oddAddresses } from './checks/oddAddresses';
import { offlineReload } from './checks/offlineReload';
import { phoneContents } from './checks/phoneContents';
import { sectionAddress } from './checks/sectionAddress';
import { describeEngine } from './suite';
import { webkit } from './webkit';

describeEngine(webkit, [articleRenders, sectionAddress, endKey, coldReferenceLink, citationDialog, languageSwitch, phoneContents, offlineReload, oddAddresses]);
