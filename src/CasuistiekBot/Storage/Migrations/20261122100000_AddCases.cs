using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>Cases, their per-year reference counter, and the authors' remembered organisation unit.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261122100000_AddCases")]
internal sealed class AddCases : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "cases",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                reference = table.Column<string>(nullable: false),
                year = table.Column<int>(nullable: false),
                number = table.Column<int>(nullable: false),
                status = table.Column<string>(nullable: false),
                created_at = table.Instant(migrationBuilder, "created_at"),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
                author_key = table.Column<string>(nullable: false),
                author_aad_object_id = table.Column<string>(nullable: true),
                author_name = table.Column<string>(nullable: true),
                author_channel_id = table.Column<string>(nullable: false),
                author_conversation_id = table.Column<string>(nullable: false),
                visibility = table.Column<string>(nullable: false),
                language = table.Column<string>(nullable: false),
                story = table.Column<string>(nullable: false),
                situation = table.Column<string>(nullable: true),
                chafes = table.Column<string>(nullable: true),
                tried = table.Column<string>(nullable: true),
                wish = table.Column<string>(nullable: false),
                deadline = table.Column<DateOnly>(nullable: true),
                org_unit = table.Column<string>(nullable: true),
                routes_json = table.Column<string>(nullable: false),
                themes = table.Column<string>(nullable: false),
                replacements = table.Column<string>(nullable: false),
                safety_concern = table.Column<bool>(nullable: false),
                triage_due_at = table.Instant(migrationBuilder, "triage_due_at"),
                withdrawn_reason = table.Column<string>(nullable: true),
                version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_cases", c => c.id));
        migrationBuilder.CreateIndex(name: "ix_cases_reference", table: "cases", column: "reference", unique: true);
        migrationBuilder.CreateIndex(name: "ix_cases_author_key", table: "cases", column: "author_key");
        migrationBuilder.CreateIndex(name: "ix_cases_status", table: "cases", column: "status");

        migrationBuilder.CreateTable(
            name: "casus_counters",
            columns: table => new
            {
                year = table.Column<int>(nullable: false),
                last_number = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_casus_counters", c => c.year));

        migrationBuilder.CreateTable(
            name: "user_profiles",
            columns: table => new
            {
                aad_object_id = table.Column<string>(nullable: false),
                org_unit = table.Column<string>(nullable: true),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
            },
            constraints: table => table.PrimaryKey("pk_user_profiles", p => p.aad_object_id));
    }
}
