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
        string Role(string role) => texts.Keys.Contains(PanelsTextKeys.PersonRolePrefix + role) ? T(PanelsTextKeys.PersonRolePrefix + role) : role;
        return templates.Bind(PanelCardNames.Person, new
        {
            person.Name,
            Facts = new[]
            {
                new { Label = T(PanelsTextKeys.PersonEmail), Value = person.Email },
                new { Label = T(PanelsTextKeys.PersonUnit), Value = person.OrgUnit ?? "—" },
                new { Label = T(PanelsTextKeys.PersonRoles), Value = person.RoleList.Count == 0 ? T(PanelsTextKeys.PersonNothing) : string.Join(", ", person.RoleList.Select(Role)) },
                new { Label = T(PanelsTextKeys.PersonTags), Value = person.TagList.Count == 0 ? T(PanelsTextKeys.PersonNothing) : string.Join(", ", person.TagList) },
                new { Label = T(PanelsTextKeys.PersonMax), Value = person.MaxPanelsPerMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new { Label = T(PanelsTextKeys.PersonUnavailable), Value = person.UnavailableUntil is { } until ? SessionText.Date(language, until) : T(PanelsTextKeys.PersonAvailable) },
                new { Label = T(PanelsTextKeys.PersonThisMonth), Value = panelsThisMonth.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            },
        });
    }
}
