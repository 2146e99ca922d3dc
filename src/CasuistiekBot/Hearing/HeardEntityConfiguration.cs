using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Hearing;

internal sealed class HeardAnswerConfiguration : IEntityTypeConfiguration<HeardAnswer>
{
    public void Configure(EntityTypeBuilder<HeardAnswer> answer)
    {
        answer.ToTable("heard_answers").HasKey(a => a.Id);
        answer.Property(a => a.Id).ValueGeneratedNever();
        answer.Property(a => a.Role).HasMaxLength(16);
        answer.Property(a => a.Respondent).HasMaxLength(64);
        answer.Property(a => a.Remark).HasMaxLength(HeardAnswer.MaxRemark);
        // One answer per person per casus: a second one is refused, also when two arrive at once.
        answer.HasIndex(a => new { a.CasusId, a.Respondent }).IsUnique().HasDatabaseName("ix_heard_answers_casus_id_respondent");
        answer.HasIndex(a => a.Year).HasDatabaseName("ix_heard_answers_year");
    }
}
