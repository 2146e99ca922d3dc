using CasuistiekBot.Framework.Pipeline.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Panels;

internal sealed class PanelEntityConfiguration : IEntityTypeConfiguration<Panel>
{
    public void Configure(EntityTypeBuilder<Panel> panel)
    {
        panel.ToTable("panels").HasKey(p => p.Id);
        panel.HasIndex(p => p.CasusId).IsUnique().HasDatabaseName("ix_panels_casus_id");
        panel.Property(p => p.Version).IsConcurrencyToken();
        panel.Ignore(p => p.IsScheduled);
        panel.Property(p => p.PresenterObjectId).HasMaxLength(100);
    }
}

internal sealed class PanelMemberEntityConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> member)
    {
        member.ToTable("panel_members").HasKey(m => m.Id);
        member.HasIndex(m => m.PanelId).HasDatabaseName("ix_panel_members_panel_id");
        member.HasIndex(m => m.AadObjectId).HasDatabaseName("ix_panel_members_aad_object_id");
        member.Property(m => m.Nonce).HasMaxLength(CardNonce.KeyLength);
        member.HasIndex(m => m.Nonce).IsUnique().HasDatabaseName("ix_panel_members_nonce");
    }
}
