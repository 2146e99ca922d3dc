using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Localization;
using CasuistiekBot.Policy;
using CasuistiekBot.Threads;

namespace CasuistiekBot.Triage;

/// <summary>
/// The triage card's policy part: the law or regulation (chosen, or suggested where the text names one), the
/// "mogelijk (indirect) discriminerend" flag, and the rode draad: "lijkt op CS-2026-0012 en SG-2026-0003", with the
/// coordinators' link and unlink buttons. References only: nothing of any author. The card of a casus that is not
/// anonymous names (or, for coordinators, shows) its author, so it leaves anonymous cases out: a row holding an author
/// and an anonymous casus' reference would hint that one wrote the other. The anonymous casus' own card keeps the link.
/// </summary>
internal sealed class TriagePolicyPart(PolicyLaws laws, Texts texts, ChannelLanguage channel)
{
    public object Render(Casus casus, IReadOnlyList<SimilarItem> found)
    {
        var similar = found.Where(s => casus.Visibility == CasusVisibility.Anonymous || !s.Anonymous).OrderBy(s => s.IsCasus ? 0 : 1).ThenBy(s => s.Reference, StringComparer.Ordinal).ToList();
        var suggested = casus.Law is null ? laws.Suggest(string.Join("\n", casus.Story, casus.Situation, casus.Chafes)) : null;
        var law = casus.Law ?? suggested;
        var shown = casus.Law ?? T(PolicyTextKeys.PolicyNone) + (suggested is null ? "" : " — " + T(PolicyTextKeys.PolicySuggested, suggested));
        return new
        {
            Line = T(casus.PossiblyDiscriminatory ? PolicyTextKeys.PolicyLineDiscriminatory : PolicyTextKeys.PolicyLine, shown),
            Title = T(PolicyTextKeys.PolicyLaw) + " · " + T(ThreadsTextKeys.ThreadsLink),
            LawLabel = T(PolicyTextKeys.PolicyLaw),
            Law = law ?? "",
            Laws = laws.All.Select(l => new { Value = l, Title = l }),
            DiscriminatoryLabel = T(PolicyTextKeys.PolicyDiscriminatory),
            Discriminatory = casus.PossiblyDiscriminatory ? "true" : "false",
            Save = T(PolicyTextKeys.PolicySave),
            HasSimilar = similar.Count > 0,
            Similar = similar.Count == 0 ? "" : T(ThreadsTextKeys.ThreadsSimilarLine, Join([.. similar.Select(s => s.Reference)])),
            LinkLabel = T(ThreadsTextKeys.ThreadsLinkLabel),
            Link = T(ThreadsTextKeys.ThreadsLink),
            Unlinks = similar.Select(s => new { Title = T(ThreadsTextKeys.ThreadsUnlink, s.Reference), Other = s.Reference }),
        };
    }

    private string Join(IReadOnlyList<string> references) =>
        references.Count == 1 ? references[0] : T(ThreadsTextKeys.ThreadsAnd, string.Join(", ", references.Take(references.Count - 1)), references[^1]);

    private string T(string key, params object[] args) => texts.Get(key, channel.Value, args);
}
