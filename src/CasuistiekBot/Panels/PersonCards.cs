using System.Text.Json.Nodes;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels;

/// <summary>A person as the expertise directory knows them, with how many panels they have this month.</summary>
internal sealed class PersonCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Render(Person person, int panelsThisMonth, string language)
    {
        string T(string key) => texts.Get(key, language);
        string Role(string role) => texts.Keys.Contains("person.role." + role) ? T("person.role." + role) : role;
        return templates.Bind(PanelCardNames.Person, new
        {
            person.Name,
            Facts = new[]
            {
                new { Label = T("person.email"), Value = person.Email },
                new { Label = T("person.unit"), Value = person.OrgUnit ?? "—" },
                new { Label = T("person.roles"), Value = person.RoleList.Count == 0 ? T("person.nothing") : string.Join(", ", person.RoleList.Select(Role)) },
                new { Label = T("person.tags"), Value = person.TagList.Count == 0 ? T("person.nothing") : string.Join(", ", person.TagList) },
                new { Label = T("person.max"), Value = person.MaxPanelsPerMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new { Label = T("person.unavailable"), Value = person.UnavailableUntil is { } until ? SessionText.Date(language, until) : T("person.available") },
                new { Label = T("person.thisMonth"), Value = panelsThisMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
        });
    }
}
