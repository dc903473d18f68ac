// Marks the page as having JavaScript before it paints, as GOV.UK Frontend expects. A file of
// its own rather than an inline script: the CSP allows scripts by hash, and an inline script
// in app.html is not one SvelteKit hashes.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
