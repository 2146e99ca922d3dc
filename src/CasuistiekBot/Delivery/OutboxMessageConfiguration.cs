using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Delivery;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("outbox_messages").HasKey(m => m.Id);
        message.Property(m => m.Status).HasConversion<string>();
        message.Property(m => m.DeadReason).HasConversion<string>();
        // The column came after the table; its default is part of the model, so new and upgraded databases agree.
        message.Property(m => m.ForgetsRecipient).HasDefaultValue(false);
        message.HasIndex(m => m.IdempotencyKey).IsUnique().HasDatabaseName("ux_outbox_messages_idempotency_key");
        // The worker's claim query: due pending messages and lapsed claims.
        message.HasIndex(m => new { m.Status, m.NextAttemptAt }).HasDatabaseName("ix_outbox_messages_status_next_attempt_at");
        message.HasIndex(m => m.ReplacesKey).HasDatabaseName("ix_outbox_messages_replaces_key");
    }
}
