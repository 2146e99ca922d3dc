using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasuistiekBot.Expertise;

internal sealed class PersonEntityConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("people").HasKey(p => p.AadObjectId);
        person.HasIndex(p => p.Email).HasDatabaseName("ix_people_email");
        person.Ignore(p => p.RoleList);
        person.Ignore(p => p.TagList);
        person.Ignore(p => p.UnitAliasList);
        person.Ignore(p => p.DgOfList);
        person.Ignore(p => p.ManagedMts);
        person.Property(p => p.UnitAliases).HasDefaultValue("");
        person.Property(p => p.DgOf).HasDefaultValue("");
    }
}
