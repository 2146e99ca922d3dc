namespace CasuistiekBot.Framework.Tests.Dialogs;

// A scratch directory of flow files, for broken files and for "deploying" changed flows.
internal sealed class TempFlowDirectory : IDisposable
{
    public TempFlowDirectory(bool withTestFlows = false)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "casuistiekbot-flows-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (!withTestFlows) return;
        foreach (var file in Directory.EnumerateFiles(TestFlows.Directory, "*.flow.json"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public string Write(string fileName, string json)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, json);
        return path;
    }

    public void Edit(string fileName, Func<string, string> change)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        var before = File.ReadAllText(path);
        var after = change(before);
        if (after == before) throw new InvalidOperationException($"The edit did not change {fileName}.");
        File.WriteAllText(path, after);
    }

    public void Delete(string fileName) => File.Delete(System.IO.Path.Combine(Path, fileName));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
