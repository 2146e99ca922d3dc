using CasuistiekBot.Framework.Pipeline.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Signals;

internal sealed class SignalEntityConfiguration : IEntityTypeConfiguration<Signal>
{
    public void Configure(EntityTypeBuilder<Signal> signal)
    {
        signal.ToTable("signals").HasKey(s => s.Id);
        signal.HasIndex(s => s.Reference).IsUnique().HasDatabaseName("ix_signals_reference");
        signal.HasIndex(s => s.OwnerAadObjectId).HasDatabaseName("ix_signals_owner_aad_object_id");
        signal.HasIndex(s => s.HandlerAadObjectId).HasDatabaseName("ix_signals_handler_aad_object_id");
        signal.HasIndex(s => s.Status).HasDatabaseName("ix_signals_status");
        signal.Property(s => s.Version).IsConcurrencyToken();
        signal.Property(s => s.Nonce).HasMaxLength(CardNonce.KeyLength);
        signal.HasIndex(s => s.Nonce).IsUnique().HasDatabaseName("ix_signals_nonce");
        signal.Property(s => s.Law).HasMaxLength(120);
        signal.Property(s => s.PossiblyDiscriminatory).HasDefaultValue(false);
        signal.Property(s => s.Source).HasMaxLength(40);
        signal.HasIndex(s => s.MergedIntoId).HasDatabaseName("ix_signals_merged_into_id");
    }
}
