using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PolicyTags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "law",
                table: "signals",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "possibly_discriminatory",
                table: "signals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "law",
                table: "cases",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "possibly_discriminatory",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "law",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "possibly_discriminatory",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "law",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "possibly_discriminatory",
                table: "cases");
        }
    }
}
