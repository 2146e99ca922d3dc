using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Cards;

/// <summary>
/// A card verb is written in three places: the template that sends it, the slice's <c>*Verbs</c> constant and the
/// handler that answers it. A typo in any one of them makes a button that does nothing; these tests tie the three.
/// </summary>
public sealed class CardVerbsTests
{
    [Fact]
    public void Every_verb_a_card_template_sends_is_a_declared_constant()
    {
        var declared = DeclaredConstants.InClassesEndingWith("Verbs").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        var undeclared = TemplateVerbs().Where(v => !declared.Contains(v.Verb)).Select(v => $"{v.Template}: {v.Verb}").ToList();

        Assert.True(undeclared.Count == 0, "Verbs in cards/ without a constant in a *Verbs class:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public void Every_declared_verb_is_sent_by_a_card_template()
    {
        var sent = TemplateVerbs().Select(v => v.Verb).ToHashSet(StringComparer.Ordinal);

        var unsent = DeclaredConstants.InClassesEndingWith("Verbs").Where(c => !sent.Contains(c.Value)).Select(c => $"{c.DeclaredAs} = {c.Value}").ToList();

        Assert.True(unsent.Count == 0, "Declared verbs that no template in cards/ sends:\n" + string.Join("\n", unsent));
    }

    [Fact]
    public void No_verb_is_declared_twice()
    {
        var twice = DeclaredConstants.InClassesEndingWith("Verbs").GroupBy(c => c.Value).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.DeclaredAs))}").ToList();

        Assert.True(twice.Count == 0, "Verbs declared more than once:\n" + string.Join("\n", twice));
    }

    [Fact]
    public async Task Every_template_verb_and_every_declared_verb_is_handled_by_exactly_one_registered_handler()
    {
        await using var app = await BotApp.StartAsync();
        var handled = app.Services.GetServices<ICardActionHandler>()
            .SelectMany(h => h.Verbs.Select(verb => (Verb: verb, Handler: h.GetType().Name)))
            .GroupBy(h => h.Verb, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(h => h.Handler).Distinct().ToList(), StringComparer.Ordinal);

        var wanted = TemplateVerbs().Select(v => (v.Verb, Where: v.Template))
            .Concat(DeclaredConstants.InClassesEndingWith("Verbs").Select(c => (Verb: c.Value, Where: c.DeclaredAs)));
        var unhandled = wanted.Where(w => !handled.ContainsKey(w.Verb)).Select(w => $"{w.Where}: {w.Verb}").Distinct().ToList();
        var ambiguous = handled.Where(h => h.Value.Count > 1).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}").ToList();

        Assert.True(unhandled.Count == 0, "Verbs no registered ICardActionHandler answers:\n" + string.Join("\n", unhandled));
        Assert.True(ambiguous.Count == 0, "Verbs claimed by more than one handler:\n" + string.Join("\n", ambiguous));
    }

    /// <summary>Every <c>verb</c> property anywhere in a template: buttons, and the refresh action of a user-specific view.</summary>
    private static List<(string Template, string Verb)> TemplateVerbs()
    {
        var verbs = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Cards, "*.json").Order(StringComparer.Ordinal))
        {
            var template = Path.GetFileName(file);
            Collect(JsonNode.Parse(File.ReadAllText(file)), verb => verbs.Add((template, verb)));
        }
        Assert.NotEmpty(verbs);
        return verbs;
    }

    private static void Collect(JsonNode? node, Action<string> found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (name == "verb" && value is JsonValue v && v.TryGetValue<string>(out var verb)) found(verb);
                    else Collect(value, found);
                }
                break;
            case JsonArray a:
                foreach (var item in a) Collect(item, found);
                break;
        }
    }
}
