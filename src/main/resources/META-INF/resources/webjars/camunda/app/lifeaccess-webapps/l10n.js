// What the locale files cannot reach, loaded by each webapp's config.js as a custom script before the webapp starts:
// - the page's language (<html lang>, WCAG 3.1.2) follows the locale shown: the webapps' index.html says lang="en"
//   whatever they show;
// - dates and relative times ("néhány másodperc ezelőtt") follow the locale shown: the webapps give moment each locale
//   file's date names as the file arrives, and moment takes the locale it was last given as its own; when the
//   fallback (English) arrives after Hungarian, Hungarian pages would write English dates until a reload;
// - the variables table (Cockpit's Variables tab, Tasklist's and Admin's variable lists) has its "Actions" header and
//   its "Download" link (of a file variable) written into its template instead of translated: they get keys of the
//   webapp's locale files that say the same.
const angular = window.angular;
const app = document.querySelector('base[app-name]').getAttribute('app-name');
const keys = {
  cockpit: {actions: 'BATCHES_PROGRESS_ACTIONS', download: 'REPOSITORY_DEPLOYMENT_DOWNLOAD_DOWNLOAD'},
  tasklist: {actions: 'ACTION', download: 'DOWNLOAD'},
  admin: {actions: 'AUTHORIZATION_ACTION'}
}[app] || {};

function translated(key) {
  return "{{ '" + key + "' | translate }}";
}

// the widgets module registers the directive before it runs its config blocks, so the decorator finds it
angular.module('camunda.common.widgets').config(['$provide', function ($provide) {
  $provide.decorator('camWidgetVariablesTableDirective', ['$delegate', function ($delegate) {
    $delegate.forEach(function (directive) {
      if (keys.actions) {
        directive.template = directive.template.replace(/(<td class="actions"[^>]*>)\s*Actions\s*</,
          '$1' + translated(keys.actions) + '<');
      }
      if (keys.download) {
        directive.template = directive.template.replace(/(download="\{\{ variable\.name }}-data">)\s*Download\s*</,
          '$1' + translated(keys.download) + '<');
      }
    });
    return $delegate;
  }]);
}]);

angular.module('cam.commons').run(['$rootScope', '$translate', '$injector', function ($rootScope, $translate, $injector) {
  const dates = $injector.has('amMoment') ? $injector.get('amMoment') : null;
  const moment = $injector.has('moment') ? $injector.get('moment') : null;

  function declare(language) {
    if (language) {
      document.documentElement.lang = language;
    }
  }

  // after every locale file (the one shown and the fallback), in whichever order they arrive; amMoment re-renders
  // the relative times already on the page
  function datesIn(language) {
    if (dates && moment && language && moment.locales().indexOf(language) > -1 && moment.locale() !== language) {
      dates.changeLocale(language);
    }
  }

  declare($translate.use() || $translate.proposedLanguage());
  $rootScope.$on('$translateChangeSuccess', function (event, change) {
    declare(change.language);
    datesIn(change.language);
  });
  $rootScope.$on('$translateLoadingEnd', function () {
    datesIn($translate.use());
  });
}]);
