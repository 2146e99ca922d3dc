namespace CasuistiekBot.Cases;

/// <summary>
/// A casus as stored: only scrubbed text, never the personal data it was told with. For an anonymous casus the
/// author's name and object id are not stored at all; <see cref="AuthorKey"/> (a keyed hash, its key outside the
/// database) still lets the author find it under "mijn casussen", and <see cref="AuthorRoute"/>, the author's chat
/// sealed with a key outside the database, lets the bot relay questions and feedback without revealing them.
/// </summary>
public sealed partial class Casus
{
    public Guid Id { get; set; }
    public required string Reference { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    /// <summary>Changed only by the transitions in Casus.Lifecycle.cs.</summary>
    public string Status { get; private set; } = CasusStatus.Submitted;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The author lookup value (<see cref="AuthorKeys"/>), on anonymous cases only.</summary>
    public string? AuthorKey { get; set; }
    public string? AuthorAadObjectId { get; set; }
    public string? AuthorName { get; set; }

    /// <summary>The sealed <see cref="Cases.AuthorRoute"/>; only <see cref="AuthorMessenger"/> opens it.</summary>
    public string? AuthorRoute { get; set; }
    public required string Visibility { get; set; }
    public required string Language { get; set; }

    public required string Story { get; set; }
    public string? Situation { get; set; }
    public string? Chafes { get; set; }
    public string? Tried { get; set; }
    public required string Wish { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? OrgUnit { get; set; }

    /// <summary>Ranked route suggestions with reasons, as JSON (advice for the coordinators).</summary>
    public required string RoutesJson { get; set; }

    /// <summary>Expertise tags found in the casus, comma-separated.</summary>
    public string Themes { get; set; } = "";

    /// <summary>Kinds and placeholders of what was replaced, e.g. "NAAM:[NAAM-1];BSN:[BSN-1]" — never the values.</summary>
    public string Replacements { get; set; } = "";

    /// <summary>
    /// The scrubber's memory of this casus as JSON (salt, keyed fingerprints and placeholders, never a value), so that an
    /// addition names the same person with the same placeholder as the casus text.
    /// </summary>
    public string? ScrubMemory { get; set; }

    public bool SafetyConcern { get; set; }

    /// <summary>
    /// Triaged first, with a shorter promise: acute danger was mentioned while it was raised, or its deadline falls
    /// within the usual triage period.
    /// </summary>
    public bool Urgent { get; set; }

    /// <summary>The kinds of acute danger mentioned, comma-separated (e.g. "suicide,child"); never the words themselves.</summary>
    public string? AcuteDanger { get; set; }

    public DateTimeOffset TriageDueAt { get; set; }
    public string? WithdrawnReason { get; private set; }

    /// <summary>When it reached a final status (afgerond, afgewezen, doorverwezen, ingetrokken); set by the transitions.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When its texts were erased (by the retention period or at the author's request); see Casus.Erasure.cs.</summary>
    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>Optimistic concurrency: two coordinators acting at once cannot both change the casus.</summary>
    public long Version { get; set; }
}
