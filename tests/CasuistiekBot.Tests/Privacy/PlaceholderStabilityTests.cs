using CasuistiekBot.Privacy;

namespace CasuistiekBot.Tests.Privacy;

public sealed class PlaceholderStabilityTests
{
    [Fact]
    public void The_same_value_keeps_its_placeholder_across_the_answers_of_one_casus()
    {
        var memory = ScrubMemory.Create();
        var first = Scrub.Scrubber.Scrub("Mevrouw Haddad heeft BSN 725763863.", memory);
        var second = Scrub.Scrubber.Scrub("Later belde mevrouw Osei; mevrouw Haddad (725.763.863) niet.", memory);

        Assert.Equal("Mevrouw [NAAM-1] heeft BSN [BSN-1].", first.Text);
        Assert.Equal("Later belde mevrouw [NAAM-2]; mevrouw [NAAM-1] ([BSN-1]) niet.", second.Text);
        Assert.Equal([new Replacement("NAAM", "[NAAM-2]"), new Replacement("NAAM", "[NAAM-1]"), new Replacement("BSN", "[BSN-1]")], second.Found);
    }

    [Fact]
    public void A_later_bare_surname_maps_to_the_full_name_it_belongs_to()
    {
        var memory = ScrubMemory.Create();
        Scrub.Scrubber.Scrub("De heer Karimzada kwam met zijn tolk.", memory);
        var later = Scrub.Scrubber.Scrub("Karimzada vertelde dat hij niet slaapt.", memory);

        Assert.Equal("[NAAM-1] vertelde dat hij niet slaapt.", later.Text);
        Assert.Equal("Mevrouw [NAAM-1] en [NAAM-1].", Scrub.Text("Mevrouw Okafor en Okafor."));
    }

    [Fact]
    public void Different_casus_memories_number_independently_and_do_not_link_values()
    {
        var one = ScrubMemory.Create();
        var other = ScrubMemory.Create();
        Scrub.Scrubber.Scrub("mevrouw Osei", one);
        Scrub.Scrubber.Scrub("mevrouw Haddad", other);

        Assert.Equal("mevrouw [NAAM-2]", Scrub.Scrubber.Scrub("mevrouw Haddad", one).Text);
        Assert.NotEqual(one.Entries.Single(e => e.Placeholder == "[NAAM-2]").Fingerprint, other.Entries[0].Fingerprint);
    }

    [Fact]
    public void A_different_key_gives_different_fingerprints_for_the_same_salt()
    {
        var memoryA = new ScrubMemory { Salt = "fixed-salt" };
        var memoryB = new ScrubMemory { Salt = "fixed-salt" };
        Scrub.Create("first-key-0123456789").Scrub("BSN 725763863", memoryA);
        Scrub.Create("second-key-0123456789").Scrub("BSN 725763863", memoryB);

        Assert.NotEqual(memoryA.Entries[0].Fingerprint, memoryB.Entries[0].Fingerprint);
    }

    [Fact]
    public void Without_a_configured_key_placeholders_are_still_stable_within_the_process()
    {
        var scrubber = Scrub.Create(null);
        var memory = ScrubMemory.Create();
        scrubber.Scrub("IBAN NL91ABNA0417164300", memory);

        Assert.Equal("nog eens [IBAN-1]", scrubber.Scrub("nog eens NL91 ABNA 0417 1643 00", memory).Text);
    }

    [Fact]
    public void Text_without_personal_data_comes_back_unchanged_with_nothing_found()
    {
        var result = Scrub.Scrubber.Scrub("Op 12 maart om 14:00 bespreken we artikel 3.6a Vb 2000.", ScrubMemory.Create());

        Assert.Equal("Op 12 maart om 14:00 bespreken we artikel 3.6a Vb 2000.", result.Text);
        Assert.Empty(result.Found);
    }
}
