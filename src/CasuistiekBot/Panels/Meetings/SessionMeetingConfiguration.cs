using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Panels.Meetings;

internal sealed class SessionMeetingConfiguration : IEntityTypeConfiguration<SessionMeeting>
{
    public void Configure(EntityTypeBuilder<SessionMeeting> meeting)
    {
        meeting.ToTable("panel_meetings").HasKey(m => m.PanelId);
        meeting.Property(m => m.GraphMeetingId).HasMaxLength(400);
        meeting.Property(m => m.JoinUrl).HasMaxLength(2000);
        meeting.Property(m => m.SyncedFingerprint).HasMaxLength(64);
        meeting.Property(m => m.UpdateFailures).HasDefaultValue(0);
        meeting.Property(m => m.DeleteFailures).HasDefaultValue(0);
        meeting.Property(m => m.Version).IsConcurrencyToken();
    }
}
