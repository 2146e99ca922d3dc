using CasuistiekBot.Framework.Pipeline.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Sessions;

internal sealed class SessionOutcomeConfiguration : IEntityTypeConfiguration<SessionOutcome>
{
    public void Configure(EntityTypeBuilder<SessionOutcome> outcome)
    {
        outcome.ToTable("session_outcomes").HasKey(o => o.CasusId);
        outcome.Property(o => o.CasusId).ValueGeneratedNever();
        outcome.Property(o => o.Nonce).HasMaxLength(CardNonce.KeyLength);
        outcome.HasIndex(o => o.Nonce).IsUnique().HasDatabaseName("ix_session_outcomes_nonce");
    }
}

internal sealed class ActionPointConfiguration : IEntityTypeConfiguration<ActionPoint>
{
    public void Configure(EntityTypeBuilder<ActionPoint> point)
    {
        point.ToTable("action_points").HasKey(p => p.Id);
        point.Property(p => p.Id).ValueGeneratedNever();
        point.HasIndex(p => new { p.CasusId, p.Number }).IsUnique().HasDatabaseName("ix_action_points_casus_id_number");
        point.HasIndex(p => p.OwnerAadObjectId).HasDatabaseName("ix_action_points_owner_aad_object_id");
        point.Property(p => p.Version).IsConcurrencyToken();
        // Points that existed before reminders start at none sent; the column's default says so in both databases.
        point.Property(p => p.OverdueReminders).HasDefaultValue(0);
    }
}
