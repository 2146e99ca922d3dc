using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Coordinators;

internal sealed class CoordinatorChannelConfiguration : IEntityTypeConfiguration<CoordinatorChannel>
{
    public void Configure(EntityTypeBuilder<CoordinatorChannel> channel) =>
        channel.ToTable("coordinator_channels").HasKey(c => c.ConversationId);
}
