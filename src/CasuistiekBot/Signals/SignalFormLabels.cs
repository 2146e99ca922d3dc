namespace CasuistiekBot.Signals;

internal sealed record SignalFormLabels(
    string Action, string Title, string TitlePlaceholder, string Description, string Category, string Owner, string OwnerSearch, string Due, string Submit, string Required);
