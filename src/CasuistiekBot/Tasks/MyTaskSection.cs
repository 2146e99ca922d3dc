namespace CasuistiekBot.Tasks;

/// <summary>The open tasks of one kind, under the texts of that kind.</summary>
internal sealed record MyTaskSection(string TextPrefix, IReadOnlyList<MyTask> Tasks);
