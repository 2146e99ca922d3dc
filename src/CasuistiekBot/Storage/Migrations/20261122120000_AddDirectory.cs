using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasuistiekBot.Storage.Migrations;

/// <summary>The expertise directory: people, their roles, expertise tags and panel capacity.</summary>
[DbContext(typeof(CasuistiekDbContext))]
[Migration("20261122120000_AddDirectory")]
internal sealed class AddDirectory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "people",
            columns: table => new
            {
                aad_object_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                email = table.Column<string>(nullable: false),
                org_unit = table.Column<string>(nullable: true),
                roles = table.Column<string>(nullable: false),
                tags = table.Column<string>(nullable: false),
                manager_aad_object_id = table.Column<string>(nullable: true),
                mt = table.Column<string>(nullable: true),
                max_panels_per_month = table.Column<int>(nullable: false),
                unavailable_until = table.Column<DateOnly>(nullable: true),
                updated_at = table.Instant(migrationBuilder, "updated_at"),
            },
            constraints: table => table.PrimaryKey("pk_people", p => p.aad_object_id));
        migrationBuilder.CreateIndex(name: "ix_people_email", table: "people", column: "email");
    }
}
