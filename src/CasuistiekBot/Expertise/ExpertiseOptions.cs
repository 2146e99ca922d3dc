namespace CasuistiekBot.Expertise;

/// <summary>Section <c>Expertise</c>: a directory file to load when the directory is still empty (the local demo uses one).</summary>
public sealed class ExpertiseOptions
{
    public string? SeedFile { get; set; }
}
