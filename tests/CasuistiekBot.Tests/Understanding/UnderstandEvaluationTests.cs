using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Understanding;

public sealed class UnderstandEvaluationTests(ITestOutputHelper output)
{
    // Measured on the held-out part once the readers were finished; the readers were never tuned on it.
    private const int HeldOutWrongAtMost = 0;

    [Fact]
    public void The_held_out_answers_are_read_without_more_wrong_values_than_measured()
    {
        var heldOut = UnderstandEvaluation.Run("heldout");
        var tuning = UnderstandEvaluation.Run("tuning");
        var report = heldOut.Report("held-out") + tuning.Report("tuning");
        output.WriteLine(report);
        var file = Path.Combine(RepositoryPaths.Root, "artifacts", "eval", "understand.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, report);

        Assert.True(heldOut.Total >= 120, "the held-out part needs at least 120 answers");
        Assert.True(heldOut.Total >= 0.6 * (heldOut.Total + tuning.Total), "at least 60% of the set is held out");
        Assert.True(heldOut.Wrong <= HeldOutWrongAtMost, report);
    }
}
