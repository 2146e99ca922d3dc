namespace CasuistiekBot.Tests.Architecture;

/// <summary>Groups of slices that depend on each other (strongly connected components with more than one slice).</summary>
internal static class Cycles
{
    public static List<List<string>> In(IReadOnlyDictionary<string, Dictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var groups = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.TryGetValue(node, out var targets) ? targets.Keys.ToList() : [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }
            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                group.Add(member);
            } while (member != node);
            if (group.Count > 1) groups.Add(group.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node)) Visit(node);
        }
        return groups;
    }

    /// <summary>The edges inside one group, each with an example reference, so a failure says where to cut.</summary>
    public static IEnumerable<string> Describe(List<string> group, IReadOnlyDictionary<string, Dictionary<string, string>> edges) =>
        group.SelectMany(source => edges.TryGetValue(source, out var targets)
            ? targets.Where(t => group.Contains(t.Key)).Select(t => $"  {source} → {t.Key} ({t.Value})")
            : []);
}
