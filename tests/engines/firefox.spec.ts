import { articleRenders } from './checks/articleRenders';
import { citationDialog } from './checks/citation';
import { coldOpens } from './checks/coldOpens';
import { coldReferenceLink } from './checks/coldReferenceLink';
import { endKey } from './checks/endKey';
import { languageSwitch } from './checks/languageSwitch';
import { oddAddresses } from './checks/oddAddresses';
import { offlineReload } from './checks/offlineReload';
import { phoneContents } from './checks/phoneContents';
import { printing } from './checks/printing';
import { sectionAddress } from './checks/sectionAddress';
import { firefox } from './firefox';
import { describeEngine } from './suite';

describeEngine(firefox, [
  articleRenders,
  sectionAddress,
  endKey,
  coldReferenceLink,
  citationDialog,
  languageSwitch,
  phoneContents,
  printing,
  offlineReload,
  oddAddresses,
  coldOpens,
]);
