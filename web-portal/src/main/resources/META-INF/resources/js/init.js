// GOV.UK Frontend's components, started from a file rather than inline: the Content-Security-Policy allows no
// inline script but the one hashed in layout.html.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

initAll();
