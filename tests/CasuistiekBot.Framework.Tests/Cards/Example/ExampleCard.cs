using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Framework.Tests.Cards.Example;

/// <summary>The one example template the card tests use, with a model shaped like the product's.</summary>
internal static class ExampleCard
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Framework.Tests", "Cards", "Example");

    public static CardTemplate Load() => CardTemplateStore.Load(Directory).Get("example-card");

    public static ExampleModel Model(params ExampleStep[] steps) => new(
        Id: "sig-42",
        Title: "Signaal: wachttijd jeugdzorg",
        Owner: new ExampleOwner("Fatima el Amrani"),
        OpenDays: 12,
        Overdue: true,
        Steps: steps,
        Note: null);

    public static ExampleModel Model() => Model(new ExampleStep("Melding ontvangen", "gereed"), new ExampleStep("Panel gevormd", "bezig"));
}

internal sealed record ExampleModel(string Id, string Title, ExampleOwner Owner, int OpenDays, bool Overdue, IReadOnlyList<ExampleStep> Steps, string? Note);

internal sealed record ExampleOwner(string Name);

internal sealed record ExampleStep(string Label, string Status);
