using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>A coordinator's name search on the panel card; shown only to them, in the answer to their click.</summary>
internal sealed record PanelSearch(string Query, IReadOnlyList<Person> Results);
