namespace CasuistiekBot.Signals;

/// <summary>What a card needs to offer a signal form: categories, owners (a list, or a name field when there are too many), a proposed due date.</summary>
internal sealed record SignalFormModel(
    string Description,
    IReadOnlyList<OwnerChoice> Categories,
    bool HasOwnerChoices,
    IReadOnlyList<OwnerChoice> Owners,
    bool OwnerSearch,
    string Due,
    SignalFormLabels Labels);
