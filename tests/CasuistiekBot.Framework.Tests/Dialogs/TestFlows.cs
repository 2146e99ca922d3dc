using CasuistiekBot.Testing;

namespace CasuistiekBot.Framework.Tests.Dialogs;

// The flow files these tests run, read from the source tree so the test project needs no copy rules.
internal static class TestFlows
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "CasuistiekBot.Framework.Tests", "Dialogs", "Flows");
}
