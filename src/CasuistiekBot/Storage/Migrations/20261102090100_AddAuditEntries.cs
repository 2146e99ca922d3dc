using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>The audit trail; a separate step so upgrading a database that has the first step is exercised for real.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261102090100_AddAuditEntries")]
internal sealed class AddAuditEntries : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                // Each provider reads its own annotation and ignores the other's.
                id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                at = table.Instant(migrationBuilder, "at"),
                actor = table.Column<string>(nullable: false),
                subject_type = table.Column<string>(nullable: false),
                subject_id = table.Column<string>(nullable: false),
                action = table.Column<string>(nullable: false),
                details = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_audit_entries", a => a.id));

        migrationBuilder.CreateIndex(
            name: "ix_audit_entries_subject",
            table: "audit_entries",
            columns: ["subject_type", "subject_id"]);

        migrationBuilder.CreateIndex(
            name: "ix_audit_entries_at",
            table: "audit_entries",
            column: "at");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "audit_entries");
}
