namespace CasuistiekBot.Privacy;

/// <summary>
/// A placeholder and the keyed fingerprint of the value it stands for. <see cref="Parts"/> holds fingerprints of the
/// single words of a name, so a later bare "Abdi" maps to the placeholder of "mevrouw Fatima Abdi".
/// </summary>
public sealed record ScrubMemoryEntry(string Kind, string Placeholder, string Fingerprint, IReadOnlyList<string> Parts);
