// Data loader of the site: one archive, so that the inputs (official tables or the synthetic France, which takes
// seconds to generate) are read once for every data file. Members, read by the pages as FileAttachment("data/site/…"):
// resultats.arrow (the engine's results, home page and SQL) and france.arrow (the inputs, engine in the browser).
import { archiveTar } from './commun/tar.ts';
import { donneesSite } from './commun/donnees.ts';
import { tableFrance } from './commun/france.ts';
import { tableResultats } from './commun/resultats.ts';

const donnees = await donneesSite();
process.stdout.write(archiveTar({ 'resultats.arrow': tableResultats(donnees), 'france.arrow': tableFrance(donnees) }));
