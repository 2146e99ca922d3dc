using System.Text.Json;
using CasuistiekBot.Localization;
using static System.Net.WebUtility;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// The pages without data. The sign-in page is what a tab loads first: in Teams its script asks the Teams client for an
/// SSO token (<c>microsoftTeams.authentication.getAuthToken</c>) and fetches the same address again with that token as
/// a bearer header, then swaps in the answer; links marked <c>data-nav</c> are fetched the same way. The token never
/// goes into a URL, a cookie or storage. Outside Teams it explains where to open the dashboard.
/// </summary>
internal sealed class ShellPages(Texts texts)
{
    private const string SignInScript = """
        (function () {
          var texts = __TEXTS__;
          function show(message) {
            var box = document.getElementById('status') || document.body.appendChild(document.createElement('p'));
            box.id = 'status'; box.className = 'notice'; box.textContent = message;
          }
          var teams = window.microsoftTeams;
          if (!teams || window.parent === window) { show(texts.outside); return; }
          function load(url) {
            return teams.authentication.getAuthToken().then(function (token) {
              return fetch(url, { headers: { Authorization: 'Bearer ' + token }, credentials: 'omit', cache: 'no-store' });
            }).then(function (response) { return response.text(); }).then(function (html) {
              var page = new DOMParser().parseFromString(html, 'text/html');
              document.title = page.title;
              document.body.innerHTML = page.body.innerHTML;
              window.scrollTo(0, 0);
            });
          }
          document.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('a[data-nav]') : null;
            if (!link) return;
            event.preventDefault();
            load(link.href).catch(function () { show(texts.failed); });
          });
          var timeout = new Promise(function (_, reject) { setTimeout(function () { reject(new Error('timeout')); }, 10000); });
          Promise.race([teams.app.initialize(), timeout])
            .then(function () { return load(window.location.href); })
            .catch(function () { show(texts.failed); });
        })();
        """;

    private const string ConfigureScript = """
        (function () {
          var teams = window.microsoftTeams;
          if (!teams || window.parent === window) return;
          teams.app.initialize().then(function () {
            teams.pages.config.registerOnSaveHandler(function (save) {
              teams.pages.config.setConfig({
                entityId: 'signalen',
                contentUrl: window.location.origin + '/dashboard?lang={locale}',
                websiteUrl: window.location.origin + '/dashboard',
                suggestedDisplayName: __NAME__
              }).then(function () { save.notifySuccess(); }, function (e) { save.notifyFailure(String(e)); });
            });
            teams.pages.config.setValidityState(true);
          });
        })();
        """;

    public string SignIn(string language, string nonce)
    {
        var script = SignInScript.Replace("__TEXTS__", JsonSerializer.Serialize(new
        {
            outside = texts.Get(DashboardTextKeys.DashboardSignInOutside, language),
            failed = texts.Get(DashboardTextKeys.DashboardSignInFailed, language),
        }), StringComparison.Ordinal);
        var body = $"<main><h1>{texts.Get(DashboardTextKeys.DashboardTitle, language)}</h1><p id=\"status\" role=\"status\">{texts.Get(DashboardTextKeys.DashboardSignInLoading, language)}</p></main>";
        return DashboardLayout.Page(language, texts.Get(DashboardTextKeys.DashboardTitle, language), body, nonce, script);
    }

    public string Configure(string language, string nonce)
    {
        var script = ConfigureScript.Replace("__NAME__", JsonSerializer.Serialize(texts.Get(DashboardTextKeys.DashboardTabName, language)), StringComparison.Ordinal);
        var body = $"<main><h1>{texts.Get(DashboardTextKeys.DashboardTitle, language)}</h1><p class=\"notice\">{texts.Get(DashboardTextKeys.DashboardConfigureText, language)}</p></main>";
        return DashboardLayout.Page(language, texts.Get(DashboardTextKeys.DashboardTitle, language), body, nonce, script);
    }

    /// <summary>A refusal or "not found": a heading and one sentence, no data.</summary>
    public string Message(string language, string key) =>
        DashboardLayout.Page(language, texts.Get(DashboardTextKeys.DashboardTitle, language),
            $"<main><h1>{texts.Get(DashboardTextKeys.DashboardTitle, language)}</h1><p class=\"notice\" id=\"refusal\" role=\"alert\">{HtmlEncode(texts.Get(key, language))}</p></main>");
}
