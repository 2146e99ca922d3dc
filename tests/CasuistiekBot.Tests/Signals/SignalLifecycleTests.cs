using CasuistiekBot.Signals;

namespace CasuistiekBot.Tests.Signals;

public sealed class SignalLifecycleTests
{
    private const string Owner = "owner-aad";
    private const string Other = "other-aad";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Signal NewSignal() => new()
    {
        Id = Guid.NewGuid(), Reference = "SG-2026-0001", Title = "Termijn vertrek bij ziekenhuisopname", Description = "…",
        Category = SignalCategory.HarshRules, OwnerAadObjectId = Owner, OwnerName = "Marieke Visser", OwnerMt = "MT Asiel",
        DueDate = new DateOnly(2027, 1, 15), Status = SignalStatus.New, CreatedAt = Now, UpdatedAt = Now, LastOwnerUpdateAt = Now, Version = 1,
    };

    [Fact]
    public void A_signal_goes_from_new_through_picked_up_and_in_progress_to_closed()
    {
        var signal = NewSignal();

        Assert.True(signal.PickUp(Owner, Now).Succeeded);
        Assert.True(signal.Update(Owner, "Besproken met de afdeling Beleid.", Now.AddDays(1)).Succeeded);
        var closed = signal.Close(Owner, SignalResolution.SolvedInRules, "De werkinstructie is aangepast.", null, Now.AddDays(2));

        Assert.True(closed.Succeeded);
        Assert.Equal("afgerond", closed.Action);
        Assert.Equal(SignalStatus.Closed, signal.Status);
        Assert.Equal("De werkinstructie is aangepast.", signal.ResolutionText);
        Assert.Equal(Now.AddDays(2), signal.ClosedAt);
        Assert.Equal(4, signal.Version);
    }

    [Fact]
    public void Closing_needs_a_known_resolution_and_a_text_for_the_author()
    {
        var signal = NewSignal();

        Assert.Equal("signal.unknownResolution", signal.Close(Owner, "opgelost", "tekst", null, Now).Refusal);
        Assert.Equal("signal.resolutionTextRequired", signal.Close(Owner, SignalResolution.InvestigatedClosed, " ", null, Now).Refusal);
        Assert.Equal(SignalStatus.New, signal.Status);
        Assert.Equal(1, signal.Version);
    }

    [Fact]
    public void Not_adopting_a_signal_needs_a_motivation()
    {
        var signal = NewSignal();

        Assert.Equal("signal.motivationRequired", signal.Close(Owner, SignalResolution.NotAdopted, "Wij nemen dit niet over.", null, Now).Refusal);
        Assert.True(signal.Close(Owner, SignalResolution.NotAdopted, "Wij nemen dit niet over.", "De wet laat geen ruimte.", Now).Succeeded);
    }

    [Fact]
    public void Only_the_owner_changes_a_signal()
    {
        var signal = NewSignal();

        Assert.Equal("signal.notOwner", signal.PickUp(Other, Now).Refusal);
        Assert.Equal("signal.notOwner", signal.Update(Other, "x", Now).Refusal);
        Assert.Equal("signal.notOwner", signal.Close(Other, SignalResolution.SolvedInRules, "x", null, Now).Refusal);
        Assert.Equal("signal.notOwner", signal.Snooze(Other, Now.AddDays(3), TimeSpan.FromDays(10), Now).Refusal);
        Assert.Equal(1, signal.Version);
    }

    [Fact]
    public void Invalid_transitions_are_refused_not_ignored()
    {
        var signal = NewSignal();
        signal.Close(Owner, SignalResolution.SolvedInRules, "Klaar.", null, Now);

        Assert.Equal("signal.invalid", signal.PickUp(Owner, Now).Refusal);
        Assert.Equal("signal.invalid", signal.Update(Owner, "nog iets", Now).Refusal);
        Assert.Equal("signal.invalid", signal.Close(Owner, SignalResolution.SolvedInRules, "Nog eens.", null, Now).Refusal);
        Assert.Equal("signal.invalid", signal.Transfer(Owner, new SignalOwner(Other, "Ander", null), Now).Refusal);
    }

    [Fact]
    public void A_transfer_waits_for_the_new_owner_to_accept()
    {
        var signal = NewSignal();

        Assert.True(signal.Transfer(Owner, new SignalOwner(Other, "Hendrik van den Berg", "MT DG"), Now).Succeeded);
        Assert.Equal(SignalStatus.Transferring, signal.Status);
        Assert.True(signal.IsOwnedBy(Owner));
        Assert.Equal("signal.notOffered", signal.AcceptTransfer("third-aad", Now).Refusal);

        Assert.True(signal.AcceptTransfer(Other, Now.AddHours(1)).Succeeded);
        Assert.True(signal.IsOwnedBy(Other));
        Assert.Equal("MT DG", signal.OwnerMt);
        Assert.Equal(SignalStatus.PickedUp, signal.Status);
    }

    [Fact]
    public void A_declined_transfer_leaves_the_signal_with_its_owner()
    {
        var signal = NewSignal();
        signal.Transfer(Owner, new SignalOwner(Other, "Hendrik van den Berg", null), Now);

        Assert.True(signal.DeclineTransfer(Other, Now).Succeeded);
        Assert.True(signal.IsOwnedBy(Owner));
        Assert.Null(signal.TransferToAadObjectId);
        Assert.Equal("signal.transferToSelf", signal.Transfer(Owner, new SignalOwner(Owner, "Zelf", null), Now).Refusal);
    }

    [Fact]
    public void Snoozing_is_limited_to_the_configured_maximum_and_is_no_owner_update()
    {
        var signal = NewSignal();
        var lastUpdate = signal.LastOwnerUpdateAt;

        Assert.Equal("signal.snoozeTooLong", signal.Snooze(Owner, Now.AddDays(30), TimeSpan.FromDays(14), Now).Refusal);
        Assert.Equal("signal.snoozeTooLong", signal.Snooze(Owner, Now.AddDays(-1), TimeSpan.FromDays(14), Now).Refusal);
        Assert.True(signal.Snooze(Owner, Now.AddDays(7), TimeSpan.FromDays(14), Now.AddHours(1)).Succeeded);

        Assert.Equal(Now.AddDays(7), signal.SnoozedUntil);
        Assert.Equal(lastUpdate, signal.LastOwnerUpdateAt);
    }

    [Fact]
    public void An_update_needs_a_note()
    {
        Assert.Equal("signal.noteRequired", NewSignal().Update(Owner, "  ", Now).Refusal);
    }
}
