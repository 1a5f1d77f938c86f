// The page's language (<html lang>, WCAG 3.1.2) follows the locale the webapp shows: the webapps' index.html says
// lang="en" whatever they show. Each webapp's config.js loads this as a custom script, before the webapp starts;
// cam.commons is a module of every webapp, so its run block runs in each of them.
window.angular.module('cam.commons').run(['$rootScope', '$translate', function ($rootScope, $translate) {
  function declare(language) {
    if (language) {
      document.documentElement.lang = language;
    }
  }
  declare($translate.use() || $translate.proposedLanguage());
  $rootScope.$on('$translateChangeSuccess', function (event, change) {
    declare(change.language);
  });
}]);
