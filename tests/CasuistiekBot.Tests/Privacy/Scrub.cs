using CasuistiekBot.Privacy;
using CasuistiekBot.Privacy.Words;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Privacy;

/// <summary>A scrubber with a fixed test key, and one-call scrubbing with a fresh memory.</summary>
internal static class Scrub
{
    public static PersonalDataScrubber Scrubber { get; } = Create("unit-test-key-0123456789");

    /// <summary>The Dutch word list where the machine has it (scripts/test.sh installs wdutch); empty otherwise.</summary>
    public static DutchWordList Words => DutchWordList.Load(DutchWordList.DefaultPath);

    public static PersonalDataScrubber Create(string? key) => new(Options.Create(new PrivacyOptions { FingerprintKey = key }), Words);

    public static string Text(string text) => Scrubber.Scrub(text, ScrubMemory.Create()).Text;
}
