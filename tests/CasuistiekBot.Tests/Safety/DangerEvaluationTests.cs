using CasuistiekBot.Safety;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// The detector's figures on sentences written for it. The tuning set was used to write the rules. The first held-out
/// set was written before the detector; its first version found 51 of 55 dangers there (recall 92.7%) without a false
/// alarm, and its misses then became cues. The second held-out set was written before that change; the phrase lexicon
/// found only 11 of its 35 dangers (recall 31.4%, precision 78.6%), and the rules were then rewritten as concepts with
/// it in view. The third held-out set was written and committed before that rewrite; the concept rules, never tuned on
/// it, found 40 of its 46 dangers with 2 false alarms (recall 87.0%, precision 95.2%). After that measurement it became
/// tuning material too: its misses and false alarms were fixed with general rules (signs without the words, threats
/// by idiom, figurative agents, a danger that went away), and the tuning set grew with sentences for each of them.
/// So every set below is tuning material and must be read without errors; only a set written apart from the rules and
/// not yet measured says how the detector does on new text (targets: recall 95%, precision 90%). The fourth held-out set
/// was written by someone who saw neither the rules nor the other sets, and committed before the rules changed; measured
/// once: recall 48.4% (30/62), precision 81.1% (30/37). The rules had been fitted to one writer's phrasing. After that
/// measurement it became tuning material too. The rules were then widened by concept rather than by sentence (self-harm
/// told without "zichzelf", a time horizon, the means got ready, threats by idiom, a weapon kept at hand, a child's
/// disclosure, a child taken or made to work; and frames: an exercise heading, a policy or report that a danger is
/// reported in, an account of the past, a child alone by arrangement, harm aimed at a thing), and the tuning set grew
/// by 138 sentences (dt5), written before those rules, for each concept and its close negatives.
/// Then, since rules fitted to the sets kept missing a new writer's words, a learned model (<see cref="DangerModelTests"/>)
/// was added for the sentences in which the rules find nothing, trained on the sets tuned on, the second tuning set and
/// ordinary casus stories, never on the fifth held-out set. Its threshold was chosen with each tuned set left out of
/// training in turn (model alone: recall 65.2%, precision 92.2%; alarms on 6 of 437 casus stories it had not read)
/// before the fifth set was run with it. The fifth set's totals (never its sentences or errors) had been looked at for
/// earlier variants of the model, so its figure with the model is a little optimistic. The second tuning set (dt6, 105 sentences) was written for this round before any
/// rule or model for it; the rules alone read it at recall 32.8%, precision 76.9%. The sixth held-out set, written by
/// someone who saw neither rules nor model nor any set, was measured once (rules alone recall 43.1%, precision 66.0%;
/// with the model recall 75.0%, precision 77.1%). Then the fifth and sixth sets' misses and false alarms were studied by
/// concept and both became training material: rules for dangers told by what is done (a body burnt or scratched open,
/// sharp things swallowed, a price on a head, a home shot at, a cry for help, the writer's schedule known, a child not
/// brought back) and frames (the writer's own laugh, a team day, a history of, the newspaper, people in general, the
/// threatener arrested), each with sentences of our own in AcuteDangerDetectorTests; and a model that also knows stems,
/// word pairs across one word and negated words, with its threshold chosen on the sets left out in turn. Their figures
/// below are tuning figures: how the detector does on new text is for the sets left out in turn to estimate and for the
/// next blind set to say.
/// </summary>
public sealed class DangerEvaluationTests(ITestOutputHelper output)
{
    internal static readonly string[] TunedOn =
        ["danger-tuning.jsonl", "danger-heldout.jsonl", "danger-heldout-2.jsonl", "danger-heldout-3.jsonl", "danger-heldout-4.jsonl"];

    // Trained on, but not yet read without errors: their floors are where they stand. The second tuning set was written
    // for the concepts of its round; the fifth and sixth held-out sets were measured once and then studied (their misses
    // and false alarms by concept), so they say nothing more about new text.
    // The ninth held-out set was measured once and then studied; the third tuning set was written for the ninth set's
    // round before any rule or model change, and only its lines not marked "split": "heldout" are trained on.
    internal static readonly string[] Written =
        ["danger-tuning-2.jsonl", "danger-heldout-5.jsonl", "danger-heldout-6.jsonl", "danger-heldout-9.jsonl", ThirdTuning];

    internal const string ThirdTuning = "danger-tuning-3.jsonl";

    // Measured once, studied for the rules, and since the ninth set's round trained on as well (trained on, they no longer
    // raise the model's false alarms on casus stories beyond what the ninth set and the third tuning set brought).
    internal static readonly string[] Studied = ["danger-heldout-7.jsonl", "danger-heldout-8.jsonl"];

    internal static IEnumerable<string> TrainedOn => TunedOn.Concat(Written).Concat(Studied);

    // A set that is written apart from the rules goes here until it has been measured once and studied; then it moves to
    // the sets above. The tenth set has been measured once and then studied for the rules; it stays here, out of the
    // model's training, until the model is retrained with it (its figures below are tuning figures for the rules).
    private static readonly string[] HeldOut = ["danger-heldout-10.jsonl", "danger-heldout-11.jsonl"];

    private readonly AcuteDangerDetector _detector = new();

    [Fact]
    public void The_evaluation_sets_never_share_a_sentence_and_held_out_sets_are_large_enough()
    {
        var sets = TrainedOn.Concat(HeldOut).Select(file => (File: file, Cases: DangerEvaluation.LoadAll(file))).ToList();

        foreach (var (file, cases) in sets)
        {
            var others = sets.Where(s => s.File != file).SelectMany(s => s.Cases).Select(c => c.Text).ToHashSet();
            Assert.DoesNotContain(cases, c => others.Contains(c.Text));
            if (HeldOut.Contains(file)) Assert.True(cases.Count >= 80, $"{file} has {cases.Count} sentences");
        }
        var all = sets.SelectMany(s => s.Cases).ToList();
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
    }

    public static IEnumerable<object[]> TunedOnSets => TunedOn.Select(file => new object[] { file });

    [Theory]
    [MemberData(nameof(TunedOnSets))]
    public void A_set_tuned_on_is_read_without_errors(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var evaluation = Evaluate(file, name);

        Assert.True(evaluation.FalseNegatives + evaluation.FalsePositives == 0, evaluation.Report(name));
    }

    // Floors where each set stands, rules alone and with the learned model, after this round's rules and retraining.
    // The fifth held-out set was measured once on the rules of its round (recall 56.7%, precision 88.4%) and with the
    // first model (recall 85.1%, precision 87.7%); the sixth was written by someone who saw neither rules, model nor any
    // other set and measured once after the model was made the default: rules alone recall 43.1% (31/72), precision
    // 66.0% (31/47); with the model recall 75.0% (54/72), precision 77.1% (54/70). Both were then studied by concept
    // and trained on: the figures below are tuning figures, not a measure of new text (for that, see the sets left out
    // in turn in DangerModelTests, and the next blind set).
    [Theory]
    // After the ninth set's round (rules for implied dangers, the model retrained with the ninth set, the third tuning
    // set and the seventh and eighth sets) the floors rose to where the sets now stand; the third tuning set's are new.
    [InlineData("danger-tuning-2.jsonl", 0.393, 0.888, 1.0, 0.953)]
    [InlineData("danger-heldout-5.jsonl", 0.716, 0.941, 0.985, 0.956)]
    [InlineData("danger-heldout-6.jsonl", 0.652, 0.870, 0.986, 0.910)]
    [InlineData(ThirdTuning, 0.530, 0.833, 0.924, 0.897)]
    public void A_set_trained_on_keeps_its_floors_with_and_without_the_learned_model(
        string file, double rulesRecall, double rulesPrecision, double learnedRecall, double learnedPrecision)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var rules = Evaluate(file, name);
        var learned = Evaluate(file, $"{name}-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= rulesRecall && rules.Precision >= rulesPrecision, rules.Report(name));
        Assert.True(learned.Recall >= learnedRecall && learned.Precision >= learnedPrecision, learned.Report($"{name}-learned"));
    }

    // The seventh held-out set (144 texts, 74 with danger, 31% English) was written blind from the domain text by someone
    // who saw neither rules, model nor any set, committed before this round's rules and model, and measured once after
    // them: rules alone recall 63.5% (47/74), precision 78.3% (47/60); with the learned model (the product) recall 91.9%
    // (68/74), precision 81.9% (68/83), kind agreeing for 55 of 68. Below the targets (95%, 90%). Then its errors were
    // studied and the rules widened by class (a register or inspection report, the case a policy is written for, a news
    // heading, a history compound, a part played in an exercise, a threat of recourse; a blade held to one's own body,
    // the thought of jumping): it now reads rules alone 66.2% (49/74), 89.1% (49/55); with the model 94.6% (70/74),
    // 89.7% (70/78). Those are tuning figures. The model is not trained on it yet: retrained with it, the model alarmed
    // on more casus stories than DangerModelTests allows, so it stays out of the training sets for now. After the rules
    // of the eighth set's round: rules alone 66.2% (49/74), 90.7% (49/54); with the model 94.6% (70/74), 90.9% (70/77).
    // In the ninth set's round the model was retrained with the ninth set and the third tuning set; not trained on this
    // set it read it at recall 95.9% (71/74), precision 88.7% (71/80), so it is trained on now: rules alone 67.6%
    // (50/74), 90.9% (50/55); with the model 98.6% (73/74), 93.6% (73/78), tuning figures.
    [Fact]
    public void The_seventh_held_out_set_studied_for_the_rules_keeps_its_figures()
    {
        var rules = Evaluate("danger-heldout-7.jsonl", "danger-heldout-7");
        var learned = Evaluate("danger-heldout-7.jsonl", "danger-heldout-7-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= 0.675 && rules.Precision >= 0.909, rules.Report("danger-heldout-7"));
        Assert.True(learned.Recall >= 0.986 && learned.Precision >= 0.935, learned.Report("danger-heldout-7-learned"));
    }

    // The eighth held-out set (146 texts, 71 with danger, 32% English) was written by someone who saw only the domain text
    // and the seeds, committed before anything was tuned on it, and measured once: rules alone recall 60.6% (43/71),
    // precision 79.6% (43/54); with the learned model (the product) recall 94.4% (67/71), precision 85.9% (67/78), the
    // kind agreeing for 57 of 67. Below the targets (95%, 90%). The floors are that run.
    // Then studied: its misses and false alarms were fixed by concept with general rules and sentences of our own in
    // AcuteDangerDetectorTests (frames: frustration about a thing, an idiom of degree, figures compared, a work
    // instruction, a legal question, a country report, "not acute" said outright, "het is niet zo dat", a danger set in
    // the past by a contrast or resolved, what came after an event long ago; cues: a sick child kept from care, a child
    // sleeping out in the cold, arranging what happens after one's death, staff shown in public as targets). It now reads
    // rules alone recall 66.2% (47/71), precision 100% (47/47); with the model recall 100% (71/71), precision 100%
    // (71/71), kind agreeing for 61 of 71. Those are tuning figures, not a measure of new text; the model is not trained on it.
    // In the ninth set's round, a model retrained without it read it at recall 100% (71/71), precision 98.6% (71/72); it is
    // trained on now and reads it without error.
    [Fact]
    public void The_eighth_held_out_set_written_blind_keeps_its_figures()
    {
        var rules = Evaluate("danger-heldout-8.jsonl", "danger-heldout-8");
        var learned = Evaluate("danger-heldout-8.jsonl", "danger-heldout-8-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= 0.661 && rules.Precision >= 1.0, rules.Report("danger-heldout-8"));
        Assert.True(learned.Recall >= 1.0 && learned.Precision >= 1.0, learned.Report("danger-heldout-8-learned"));
    }

    // The ninth held-out set (150 texts, 72 with danger, 45 in English) was written by someone who saw only the domain text
    // and the seeds, committed before anything was tuned on it, and measured once: rules alone recall 48.6% (35/72),
    // precision 87.5% (35/40); with the learned model (the product) recall 79.2% (57/72), precision 91.9% (57/62), the
    // kind agreeing for 48 of 57. Recall is well below the target of 95%: implicit signs (belongings given away, "waar ik
    // heen ga heb ik het niet nodig"), staff followed home or grabbed, children used as couriers or facing cutting.
    // Then studied and trained on, so these floors are tuning figures and rose: its misses were grouped by class and
    // fixed with general rules (ImpliedDangerConcepts: things handed over that will not be needed, "het hoeft allemaal
    // niet meer", nobody would notice, how high a roof is; staff followed home, grabbed, called on a private number;
    // a list of names carried; a child losing weight or kept from the baby clinic, put out or sleeping in a car, used as a
    // courier, getting into cars with men, with nobody to care for it; frames: a species under threat, a time bomb, a
    // thing thrown out of the window, a farewell explained by a new home), and the model was retrained with it. Now:
    // rules alone recall 63.9% (46/72), precision 100% (46/46); with the model recall 93.1% (67/72), precision 100% (67/67).
    // After the tenth set's round (an age with "van", a rope asked for): rules alone 65.3% (47/72), with the model 94.4% (68/72).
    [Fact]
    public void The_ninth_held_out_set_written_blind_keeps_its_figures()
    {
        var rules = Evaluate("danger-heldout-9.jsonl", "danger-heldout-9");
        var learned = Evaluate("danger-heldout-9.jsonl", "danger-heldout-9-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= 0.652 && rules.Precision >= 1.0, rules.Report("danger-heldout-9"));
        Assert.True(learned.Recall >= 0.944 && learned.Precision >= 1.0, learned.Report("danger-heldout-9-learned"));
    }

    // The tenth held-out set (150 texts, 74 with danger, 45 in English) was written by someone who saw only the domain
    // text and the seeds, committed before anything was measured on it, and measured once after this round's work
    // (implied dangers by class, the third tuning set, the model retrained): rules alone recall 60.8% (45/74), precision
    // 86.5% (45/52); with the learned model (the product) recall 94.6% (70/74), precision 88.6% (70/79). The detector of
    // the round before read it at 89.2% (66/74) / 88.0% (66/75). Both below the target of 95% / 90%: missed a child
    // screaming and then silence, a child in a closed car in the heat, a rope asked for "voor de was", a threat to a
    // victim's mother abroad; false alarms on a legal question, a book club, "shoot me an email", an old threat since
    // resolved, a theme in a meeting. Not tuned on; the floors were that run.
    // Then its errors were studied by class (never trained on: the model does not read it) and fixed with general rules and
    // sentences of our own in FramedDangerTests: "als" that compares ("als thema", "behandeld als") is no supposition
    // and opens no clause; a book, leaflet, film or legal question (a numbered article, "legal question:") frames the
    // danger word; idioms ("shoot me an email", "tot zijn laatste snik", "de das om"); a threat since apologised for;
    // reports of a danger as a kind of thing; and cues for a child in a closed car in the heat, "jij bent de volgende"
    // and a rope asked for, an age said with "van", "alsof" as a comparison. It now reads rules alone recall 64.9%
    // (48/74), precision 100% (48/48); with the model 97.3% (72/74), 100% (72/72). Tuning figures now, not a measure of new text.
    [Fact]
    public void The_tenth_held_out_set_written_blind_keeps_its_figures()
    {
        var rules = Evaluate("danger-heldout-10.jsonl", "danger-heldout-10");
        var learned = Evaluate("danger-heldout-10.jsonl", "danger-heldout-10-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= 0.648 && rules.Precision >= 1.0, rules.Report("danger-heldout-10"));
        Assert.True(learned.Recall >= 0.972 && learned.Precision >= 1.0, learned.Report("danger-heldout-10-learned"));
    }

    // The eleventh held-out set (150 texts, 75 with danger, 46 in English), written blind from the domain text and the
    // seeds and committed before anything was measured on it, measured once after the tenth set's classes were worked
    // in: rules alone recall 45.3% (34/75), precision 79.1% (34/43); with the learned model (the product) recall 90.7%
    // (68/75), precision 86.1% (68/79). Below 95% / 90%. Most false alarms are a danger told as past and resolved ("sinds
    // twee jaar woont ze veilig", "gaat het veel beter en is hij van de observatielijst af"), a training role-play and a
    // newspaper story; the misses are veiled farewells and threats ("we zullen elkaar niet meer spreken", "zij gaat dit
    // jaar niet overleven"). Not tuned on; the floors are that run.
    [Fact]
    public void The_eleventh_held_out_set_written_blind_keeps_its_figures()
    {
        var rules = Evaluate("danger-heldout-11.jsonl", "danger-heldout-11");
        var learned = Evaluate("danger-heldout-11.jsonl", "danger-heldout-11-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.True(rules.Recall >= 0.453 && rules.Precision >= 0.790, rules.Report("danger-heldout-11"));
        Assert.True(learned.Recall >= 0.906 && learned.Precision >= 0.860, learned.Report("danger-heldout-11-learned"));
    }

    // The third tuning set was written for the ninth set's round before any rule or model change; every fifth line is
    // marked "split": "heldout" and was never tuned or trained on. Before the round the rules alone read that fifth at
    // recall 24.1% (7/29), precision 58.3% (7/12), with the model 79.3% (23/29), 79.3% (23/29): the floors are that run,
    // so a change that reads our own unseen sentences worse than before fails here. Its figures now are in the report.
    [Fact]
    public void The_held_out_fifth_of_the_third_tuning_set_is_read_no_worse_than_before_its_round()
    {
        var cases = DangerEvaluation.LoadHeldOutPart(ThirdTuning);
        var rules = Evaluate(cases, "danger-tuning-3-heldout-fifth");
        var learned = Evaluate(cases, "danger-tuning-3-heldout-fifth-learned", AcuteDangerDetector.WithLearnedModel());

        Assert.Equal(64, cases.Count);
        Assert.True(rules.Recall >= 0.241 && rules.Precision >= 0.583, rules.Report("danger-tuning-3-heldout-fifth"));
        Assert.True(learned.Recall >= 0.793 && learned.Precision >= 0.793, learned.Report("danger-tuning-3-heldout-fifth-learned"));
    }

    private DangerEvaluation Evaluate(string file, string name, AcuteDangerDetector? detector = null) =>
        Evaluate(DangerEvaluation.Load(file), name, detector);

    private DangerEvaluation Evaluate(IReadOnlyList<DangerEvaluationCase> cases, string name, AcuteDangerDetector? detector = null)
    {
        var evaluation = DangerEvaluation.Run(cases, detector ?? _detector);
        var report = evaluation.Report(name);
        output.WriteLine(report);
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", $"{name}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report);
        return evaluation;
    }
}
