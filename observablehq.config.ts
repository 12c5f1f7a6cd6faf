// Observable Framework configuration. The site is built and served offline: no Google font (system font stack in
// src/style.css), no DuckDB extension downloaded (Arrow files are read natively), npm: imports answered from
// node_modules by scripts/cdn-local.ts (see docs/decisions.md).
export default {
  root: 'src',
  title: 'Dotations locales',
  lang: 'fr',
  style: 'style.css',
  globalStylesheets: [],
  duckdb: { extensions: { json: null, parquet: null } },
  pages: [
    { name: 'Accueil', path: '/' },
    { name: 'Pourquoi ce montant ?', path: '/commune' },
    { name: 'Simuler une réforme', path: '/reforme' },
  ],
  footer: 'Dotations locales — atelier d’analyse des dotations de l’État aux communes (DGF).',
  search: false,
  // Framework's pager links are labelled in English ("Next page"): the sidebar is enough.
  pager: false,
  // No favicon request (the browser would otherwise ask /favicon.ico and log a 404).
  head: '<link rel="icon" href="data:,">',
};
