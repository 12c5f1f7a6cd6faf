// @dotations/engine: the DGF des communes as code (pure, no I/O; Node and browser).
export { simuler, simulationComplete, type OptionsSimulation, type Simulation } from './simulation/simuler.ts';
export { VARIABLES_PUBLIEES } from './simulation/publiees.ts';
export { FORMULES } from './simulation/formules.ts';
export { ENTREES, ENTREES_N_MOINS_1, type Communes, type ResultatsNMoins1, type NomEntree, type NomEntreeNMoins1 } from './entrees.ts';
export { parametresAnnee, parametreInfo, cheminsParametres, validerReforme, type ParametresAnnee, type Reforme } from './parametres.ts';
export { expliquer, type Explication, type Etape, type Distance } from './explication/expliquer.ts';
export { CATALOGUE, type EntreeExplication } from './explication/catalogue.ts';
