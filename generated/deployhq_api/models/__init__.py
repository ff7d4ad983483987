"""The data models of the DeployHQ API. Each model module is imported on first
access of its class, so importing one model does not import them all."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_test import AccessTest
    from .access_test_result import AccessTestResult
    from .access_test_result_results import AccessTestResultResults
    from .access_test_result_results_repository import AccessTestResultResultsRepository
    from .access_test_result_results_servers_item import AccessTestResultResultsServersItem
    from .account import Account
    from .account_update import AccountUpdate
    from .account_update_account import AccountUpdateAccount
    from .agent import Agent
    from .agent_create import AgentCreate
    from .agent_create_agent import AgentCreateAgent
    from .agent_update import AgentUpdate
    from .agent_update_agent import AgentUpdateAgent
    from .api_key import ApiKey
    from .api_key_create import ApiKeyCreate
    from .api_key_create_api_key import ApiKeyCreateApiKey
    from .assigned_server import AssignedServer
    from .auto_deployments import AutoDeployments
    from .auto_deployments_deployables_item import AutoDeploymentsDeployablesItem
    from .auto_deployments_result import AutoDeploymentsResult
    from .auto_deployments_result_deployables_item import AutoDeploymentsResultDeployablesItem
    from .auto_deployments_update import AutoDeploymentsUpdate
    from .auto_deployments_update_auto_deploy_hash import AutoDeploymentsUpdateAutoDeployHash
    from .auto_deployments_update_auto_deploy_switch import AutoDeploymentsUpdateAutoDeploySwitch
    from .beta_enrollment import BetaEnrollment
    from .beta_enrollment_create import BetaEnrollmentCreate
    from .billing_status import BillingStatus
    from .billing_status_scheduled_change import BillingStatusScheduledChange
    from .build_cache_file import BuildCacheFile
    from .build_cache_file_input import BuildCacheFileInput
    from .build_cache_file_input_build_cache_file import BuildCacheFileInputBuildCacheFile
    from .build_command import BuildCommand
    from .build_command_input import BuildCommandInput
    from .build_command_input_build_command import BuildCommandInputBuildCommand
    from .build_environment import BuildEnvironment
    from .build_environment_packages import BuildEnvironmentPackages
    from .build_known_host import BuildKnownHost
    from .build_known_host_create import BuildKnownHostCreate
    from .build_known_host_create_build_known_host import BuildKnownHostCreateBuildKnownHost
    from .build_language_input import BuildLanguageInput
    from .build_language_input_build_environment import BuildLanguageInputBuildEnvironment
    from .command import Command
    from .command_create import CommandCreate
    from .command_create_command import CommandCreateCommand
    from .command_server import CommandServer
    from .command_update import CommandUpdate
    from .command_update_command import CommandUpdateCommand
    from .commit_info import CommitInfo
    from .config_file import ConfigFile
    from .config_file_input import ConfigFileInput
    from .config_file_input_config_file import ConfigFileInputConfigFile
    from .deployment import Deployment
    from .deployment_check import DeploymentCheck
    from .deployment_check_create import DeploymentCheckCreate
    from .deployment_check_create_deployment_check import DeploymentCheckCreateDeploymentCheck
    from .deployment_check_update import DeploymentCheckUpdate
    from .deployment_check_update_deployment_check import DeploymentCheckUpdateDeploymentCheck
    from .deployment_configuration import DeploymentConfiguration
    from .deployment_create import DeploymentCreate
    from .deployment_create_deployment import DeploymentCreateDeployment
    from .deployment_create_schedule import DeploymentCreateSchedule
    from .deployment_create_schedule_custom import DeploymentCreateScheduleCustom
    from .deployment_create_schedule_daily import DeploymentCreateScheduleDaily
    from .deployment_create_schedule_future import DeploymentCreateScheduleFuture
    from .deployment_create_schedule_monthly import DeploymentCreateScheduleMonthly
    from .deployment_create_schedule_weekly import DeploymentCreateScheduleWeekly
    from .deployment_files import DeploymentFiles
    from .deployment_files_additional_property import DeploymentFilesAdditionalProperty
    from .deployment_log_entry import DeploymentLogEntry
    from .deployment_metadata import DeploymentMetadata
    from .deployment_overview import DeploymentOverview
    from .deployment_overview_create import DeploymentOverviewCreate
    from .deployment_page import DeploymentPage
    from .deployment_project import DeploymentProject
    from .deployment_server import DeploymentServer
    from .deployment_step import DeploymentStep
    from .deployment_summary import DeploymentSummary
    from .deployment_summary_configuration import DeploymentSummaryConfiguration
    from .deployment_summary_files import DeploymentSummaryFiles
    from .deployment_summary_files_additional_property import DeploymentSummaryFilesAdditionalProperty
    from .deployment_summary_metadata import DeploymentSummaryMetadata
    from .deployment_summary_project import DeploymentSummaryProject
    from .deployment_summary_timestamps import DeploymentSummaryTimestamps
    from .deployment_timestamps import DeploymentTimestamps
    from .detection import Detection
    from .detection_build_commands_item import DetectionBuildCommandsItem
    from .detection_create import DetectionCreate
    from .detection_create_detection import DetectionCreateDetection
    from .detection_create_detection_files import DetectionCreateDetectionFiles
    from .detection_static_hosting import DetectionStaticHosting
    from .environment_variable import EnvironmentVariable
    from .environment_variable_create import EnvironmentVariableCreate
    from .environment_variable_create_environment_variable import EnvironmentVariableCreateEnvironmentVariable
    from .environment_variable_update import EnvironmentVariableUpdate
    from .environment_variable_update_environment_variable import EnvironmentVariableUpdateEnvironmentVariable
    from .excluded_file import ExcludedFile
    from .excluded_file_input import ExcludedFileInput
    from .excluded_file_input_excluded_file import ExcludedFileInputExcludedFile
    from .global_environment_variable_create import GlobalEnvironmentVariableCreate
    from .global_environment_variable_create_environment_variable import (
        GlobalEnvironmentVariableCreateEnvironmentVariable,
    )
    from .global_environment_variable_update import GlobalEnvironmentVariableUpdate
    from .global_environment_variable_update_environment_variable import (
        GlobalEnvironmentVariableUpdateEnvironmentVariable,
    )
    from .global_server_input import GlobalServerInput
    from .global_server_input_server import GlobalServerInputServer
    from .hosted_resource import HostedResource
    from .hosted_resource_list_item import HostedResourceListItem
    from .integration import Integration
    from .integration_create import IntegrationCreate
    from .integration_create_integration import IntegrationCreateIntegration
    from .integration_create_integration_properties import IntegrationCreateIntegrationProperties
    from .integration_update import IntegrationUpdate
    from .integration_update_integration import IntegrationUpdateIntegration
    from .integration_update_integration_properties import IntegrationUpdateIntegrationProperties
    from .language_versions import LanguageVersions
    from .latest_revision import LatestRevision
    from .managed_hosting_regions import ManagedHostingRegions
    from .managed_hosting_regions_grouped_regions import ManagedHostingRegionsGroupedRegions
    from .managed_hosting_sizes import ManagedHostingSizes
    from .managed_hosting_sizes_sizes_item import ManagedHostingSizesSizesItem
    from .pagination import Pagination
    from .password_reset_create import PasswordResetCreate
    from .profile import Profile
    from .profile_account import ProfileAccount
    from .profile_update import ProfileUpdate
    from .profile_update_user import ProfileUpdateUser
    from .project import Project
    from .project_create import ProjectCreate
    from .project_create_project import ProjectCreateProject
    from .project_detail import ProjectDetail
    from .project_detail_capabilities_item import ProjectDetailCapabilitiesItem
    from .project_insights import ProjectInsights
    from .project_insights_servers_item import ProjectInsightsServersItem
    from .project_insights_servers_item_recent_deploys_item import ProjectInsightsServersItemRecentDeploysItem
    from .project_insights_summary import ProjectInsightsSummary
    from .project_insights_summary_active_servers import ProjectInsightsSummaryActiveServers
    from .project_insights_summary_avg_duration import ProjectInsightsSummaryAvgDuration
    from .project_insights_summary_success_rate import ProjectInsightsSummarySuccessRate
    from .project_insights_summary_total_deploys import ProjectInsightsSummaryTotalDeploys
    from .project_language_versions import ProjectLanguageVersions
    from .project_summary import ProjectSummary
    from .project_update import ProjectUpdate
    from .project_update_project import ProjectUpdateProject
    from .public_key import PublicKey
    from .public_template import PublicTemplate
    from .public_template_build_commands_item import PublicTemplateBuildCommandsItem
    from .public_template_config_files_item import PublicTemplateConfigFilesItem
    from .public_template_ssh_commands_item import PublicTemplateSshCommandsItem
    from .public_template_summary import PublicTemplateSummary
    from .recent_commits import RecentCommits
    from .recent_commits_releases_item import RecentCommitsReleasesItem
    from .recent_commits_tags_item import RecentCommitsTagsItem
    from .regenerate_key_input import RegenerateKeyInput
    from .regenerate_key_input_project import RegenerateKeyInputProject
    from .repository import Repository
    from .repository_branches import RepositoryBranches
    from .repository_create import RepositoryCreate
    from .repository_create_repository import RepositoryCreateRepository
    from .repository_hosting_service import RepositoryHostingService
    from .repository_update import RepositoryUpdate
    from .repository_update_repository import RepositoryUpdateRepository
    from .revision import Revision
    from .rollback_project_deployment_body import RollbackProjectDeploymentBody
    from .scheduled_deployment import ScheduledDeployment
    from .scheduled_deployment_create import ScheduledDeploymentCreate
    from .scheduled_deployment_create_scheduled_deployment import ScheduledDeploymentCreateScheduledDeployment
    from .scheduled_deployment_server import ScheduledDeploymentServer
    from .scheduled_deployment_update import ScheduledDeploymentUpdate
    from .scheduled_deployment_update_scheduled_deployment import ScheduledDeploymentUpdateScheduledDeployment
    from .server import Server
    from .server_create import ServerCreate
    from .server_create_hosted_website_attributes import ServerCreateHostedWebsiteAttributes
    from .server_create_server import ServerCreateServer
    from .server_group import ServerGroup
    from .server_group_input import ServerGroupInput
    from .server_group_input_server_group import ServerGroupInputServerGroup
    from .server_group_servers_item import ServerGroupServersItem
    from .server_metrics import ServerMetrics
    from .server_metrics_cpu import ServerMetricsCpu
    from .server_metrics_disk import ServerMetricsDisk
    from .server_metrics_memory import ServerMetricsMemory
    from .server_metrics_profile import ServerMetricsProfile
    from .server_static_hosting import ServerStaticHosting
    from .server_update import ServerUpdate
    from .server_update_server import ServerUpdateServer
    from .signup import Signup
    from .signup_account import SignupAccount
    from .signup_create import SignupCreate
    from .signup_create_utm_params import SignupCreateUtmParams
    from .signup_mcp_config import SignupMcpConfig
    from .signup_oauth_urls import SignupOauthUrls
    from .signup_ssh_public_key import SignupSshPublicKey
    from .ssh_key import SshKey
    from .ssh_key_create import SshKeyCreate
    from .ssh_key_create_key_pair import SshKeyCreateKeyPair
    from .star_result import StarResult
    from .status_message import StatusMessage
    from .status_result import StatusResult
    from .team import Team
    from .team_create import TeamCreate
    from .team_create_team import TeamCreateTeam
    from .team_members_item import TeamMembersItem
    from .team_project_assignments_item import TeamProjectAssignmentsItem
    from .team_update import TeamUpdate
    from .team_update_team import TeamUpdateTeam
    from .template import Template
    from .template_create import TemplateCreate
    from .template_create_template import TemplateCreateTemplate
    from .template_update import TemplateUpdate
    from .template_update_template import TemplateUpdateTemplate
    from .undeployed_changes import UndeployedChanges
    from .undeployed_changes_commits_item import UndeployedChangesCommitsItem
    from .upload_key_input import UploadKeyInput
    from .upload_key_input_project import UploadKeyInputProject
    from .user import User
    from .user_create import UserCreate
    from .user_create_user import UserCreateUser
    from .user_summary import UserSummary
    from .user_update import UserUpdate
    from .user_update_user import UserUpdateUser
    from .zone import Zone

_MODULES = {
    "AccessTest": ".access_test",
    "AccessTestResult": ".access_test_result",
    "AccessTestResultResults": ".access_test_result_results",
    "AccessTestResultResultsRepository": ".access_test_result_results_repository",
    "AccessTestResultResultsServersItem": ".access_test_result_results_servers_item",
    "Account": ".account",
    "AccountUpdate": ".account_update",
    "AccountUpdateAccount": ".account_update_account",
    "Agent": ".agent",
    "AgentCreate": ".agent_create",
    "AgentCreateAgent": ".agent_create_agent",
    "AgentUpdate": ".agent_update",
    "AgentUpdateAgent": ".agent_update_agent",
    "ApiKey": ".api_key",
    "ApiKeyCreate": ".api_key_create",
    "ApiKeyCreateApiKey": ".api_key_create_api_key",
    "AssignedServer": ".assigned_server",
    "AutoDeployments": ".auto_deployments",
    "AutoDeploymentsDeployablesItem": ".auto_deployments_deployables_item",
    "AutoDeploymentsResult": ".auto_deployments_result",
    "AutoDeploymentsResultDeployablesItem": ".auto_deployments_result_deployables_item",
    "AutoDeploymentsUpdate": ".auto_deployments_update",
    "AutoDeploymentsUpdateAutoDeployHash": ".auto_deployments_update_auto_deploy_hash",
    "AutoDeploymentsUpdateAutoDeploySwitch": ".auto_deployments_update_auto_deploy_switch",
    "BetaEnrollment": ".beta_enrollment",
    "BetaEnrollmentCreate": ".beta_enrollment_create",
    "BillingStatus": ".billing_status",
    "BillingStatusScheduledChange": ".billing_status_scheduled_change",
    "BuildCacheFile": ".build_cache_file",
    "BuildCacheFileInput": ".build_cache_file_input",
    "BuildCacheFileInputBuildCacheFile": ".build_cache_file_input_build_cache_file",
    "BuildCommand": ".build_command",
    "BuildCommandInput": ".build_command_input",
    "BuildCommandInputBuildCommand": ".build_command_input_build_command",
    "BuildEnvironment": ".build_environment",
    "BuildEnvironmentPackages": ".build_environment_packages",
    "BuildKnownHost": ".build_known_host",
    "BuildKnownHostCreate": ".build_known_host_create",
    "BuildKnownHostCreateBuildKnownHost": ".build_known_host_create_build_known_host",
    "BuildLanguageInput": ".build_language_input",
    "BuildLanguageInputBuildEnvironment": ".build_language_input_build_environment",
    "Command": ".command",
    "CommandCreate": ".command_create",
    "CommandCreateCommand": ".command_create_command",
    "CommandServer": ".command_server",
    "CommandUpdate": ".command_update",
    "CommandUpdateCommand": ".command_update_command",
    "CommitInfo": ".commit_info",
    "ConfigFile": ".config_file",
    "ConfigFileInput": ".config_file_input",
    "ConfigFileInputConfigFile": ".config_file_input_config_file",
    "Deployment": ".deployment",
    "DeploymentCheck": ".deployment_check",
    "DeploymentCheckCreate": ".deployment_check_create",
    "DeploymentCheckCreateDeploymentCheck": ".deployment_check_create_deployment_check",
    "DeploymentCheckUpdate": ".deployment_check_update",
    "DeploymentCheckUpdateDeploymentCheck": ".deployment_check_update_deployment_check",
    "DeploymentConfiguration": ".deployment_configuration",
    "DeploymentCreate": ".deployment_create",
    "DeploymentCreateDeployment": ".deployment_create_deployment",
    "DeploymentCreateSchedule": ".deployment_create_schedule",
    "DeploymentCreateScheduleCustom": ".deployment_create_schedule_custom",
    "DeploymentCreateScheduleDaily": ".deployment_create_schedule_daily",
    "DeploymentCreateScheduleFuture": ".deployment_create_schedule_future",
    "DeploymentCreateScheduleMonthly": ".deployment_create_schedule_monthly",
    "DeploymentCreateScheduleWeekly": ".deployment_create_schedule_weekly",
    "DeploymentFiles": ".deployment_files",
    "DeploymentFilesAdditionalProperty": ".deployment_files_additional_property",
    "DeploymentLogEntry": ".deployment_log_entry",
    "DeploymentMetadata": ".deployment_metadata",
    "DeploymentOverview": ".deployment_overview",
    "DeploymentOverviewCreate": ".deployment_overview_create",
    "DeploymentPage": ".deployment_page",
    "DeploymentProject": ".deployment_project",
    "DeploymentServer": ".deployment_server",
    "DeploymentStep": ".deployment_step",
    "DeploymentSummary": ".deployment_summary",
    "DeploymentSummaryConfiguration": ".deployment_summary_configuration",
    "DeploymentSummaryFiles": ".deployment_summary_files",
    "DeploymentSummaryFilesAdditionalProperty": ".deployment_summary_files_additional_property",
    "DeploymentSummaryMetadata": ".deployment_summary_metadata",
    "DeploymentSummaryProject": ".deployment_summary_project",
    "DeploymentSummaryTimestamps": ".deployment_summary_timestamps",
    "DeploymentTimestamps": ".deployment_timestamps",
    "Detection": ".detection",
    "DetectionBuildCommandsItem": ".detection_build_commands_item",
    "DetectionCreate": ".detection_create",
    "DetectionCreateDetection": ".detection_create_detection",
    "DetectionCreateDetectionFiles": ".detection_create_detection_files",
    "DetectionStaticHosting": ".detection_static_hosting",
    "EnvironmentVariable": ".environment_variable",
    "EnvironmentVariableCreate": ".environment_variable_create",
    "EnvironmentVariableCreateEnvironmentVariable": ".environment_variable_create_environment_variable",
    "EnvironmentVariableUpdate": ".environment_variable_update",
    "EnvironmentVariableUpdateEnvironmentVariable": ".environment_variable_update_environment_variable",
    "ExcludedFile": ".excluded_file",
    "ExcludedFileInput": ".excluded_file_input",
    "ExcludedFileInputExcludedFile": ".excluded_file_input_excluded_file",
    "GlobalEnvironmentVariableCreate": ".global_environment_variable_create",
    "GlobalEnvironmentVariableCreateEnvironmentVariable": ".global_environment_variable_create_environment_variable",
    "GlobalEnvironmentVariableUpdate": ".global_environment_variable_update",
    "GlobalEnvironmentVariableUpdateEnvironmentVariable": ".global_environment_variable_update_environment_variable",
    "GlobalServerInput": ".global_server_input",
    "GlobalServerInputServer": ".global_server_input_server",
    "HostedResource": ".hosted_resource",
    "HostedResourceListItem": ".hosted_resource_list_item",
    "Integration": ".integration",
    "IntegrationCreate": ".integration_create",
    "IntegrationCreateIntegration": ".integration_create_integration",
    "IntegrationCreateIntegrationProperties": ".integration_create_integration_properties",
    "IntegrationUpdate": ".integration_update",
    "IntegrationUpdateIntegration": ".integration_update_integration",
    "IntegrationUpdateIntegrationProperties": ".integration_update_integration_properties",
    "LanguageVersions": ".language_versions",
    "LatestRevision": ".latest_revision",
    "ManagedHostingRegions": ".managed_hosting_regions",
    "ManagedHostingRegionsGroupedRegions": ".managed_hosting_regions_grouped_regions",
    "ManagedHostingSizes": ".managed_hosting_sizes",
    "ManagedHostingSizesSizesItem": ".managed_hosting_sizes_sizes_item",
    "Pagination": ".pagination",
    "PasswordResetCreate": ".password_reset_create",
    "Profile": ".profile",
    "ProfileAccount": ".profile_account",
    "ProfileUpdate": ".profile_update",
    "ProfileUpdateUser": ".profile_update_user",
    "Project": ".project",
    "ProjectCreate": ".project_create",
    "ProjectCreateProject": ".project_create_project",
    "ProjectDetail": ".project_detail",
    "ProjectDetailCapabilitiesItem": ".project_detail_capabilities_item",
    "ProjectInsights": ".project_insights",
    "ProjectInsightsServersItem": ".project_insights_servers_item",
    "ProjectInsightsServersItemRecentDeploysItem": ".project_insights_servers_item_recent_deploys_item",
    "ProjectInsightsSummary": ".project_insights_summary",
    "ProjectInsightsSummaryActiveServers": ".project_insights_summary_active_servers",
    "ProjectInsightsSummaryAvgDuration": ".project_insights_summary_avg_duration",
    "ProjectInsightsSummarySuccessRate": ".project_insights_summary_success_rate",
    "ProjectInsightsSummaryTotalDeploys": ".project_insights_summary_total_deploys",
    "ProjectLanguageVersions": ".project_language_versions",
    "ProjectSummary": ".project_summary",
    "ProjectUpdate": ".project_update",
    "ProjectUpdateProject": ".project_update_project",
    "PublicKey": ".public_key",
    "PublicTemplate": ".public_template",
    "PublicTemplateBuildCommandsItem": ".public_template_build_commands_item",
    "PublicTemplateConfigFilesItem": ".public_template_config_files_item",
    "PublicTemplateSshCommandsItem": ".public_template_ssh_commands_item",
    "PublicTemplateSummary": ".public_template_summary",
    "RecentCommits": ".recent_commits",
    "RecentCommitsReleasesItem": ".recent_commits_releases_item",
    "RecentCommitsTagsItem": ".recent_commits_tags_item",
    "RegenerateKeyInput": ".regenerate_key_input",
    "RegenerateKeyInputProject": ".regenerate_key_input_project",
    "Repository": ".repository",
    "RepositoryBranches": ".repository_branches",
    "RepositoryCreate": ".repository_create",
    "RepositoryCreateRepository": ".repository_create_repository",
    "RepositoryHostingService": ".repository_hosting_service",
    "RepositoryUpdate": ".repository_update",
    "RepositoryUpdateRepository": ".repository_update_repository",
    "Revision": ".revision",
    "RollbackProjectDeploymentBody": ".rollback_project_deployment_body",
    "ScheduledDeployment": ".scheduled_deployment",
    "ScheduledDeploymentCreate": ".scheduled_deployment_create",
    "ScheduledDeploymentCreateScheduledDeployment": ".scheduled_deployment_create_scheduled_deployment",
    "ScheduledDeploymentServer": ".scheduled_deployment_server",
    "ScheduledDeploymentUpdate": ".scheduled_deployment_update",
    "ScheduledDeploymentUpdateScheduledDeployment": ".scheduled_deployment_update_scheduled_deployment",
    "Server": ".server",
    "ServerCreate": ".server_create",
    "ServerCreateHostedWebsiteAttributes": ".server_create_hosted_website_attributes",
    "ServerCreateServer": ".server_create_server",
    "ServerGroup": ".server_group",
    "ServerGroupInput": ".server_group_input",
    "ServerGroupInputServerGroup": ".server_group_input_server_group",
    "ServerGroupServersItem": ".server_group_servers_item",
    "ServerMetrics": ".server_metrics",
    "ServerMetricsCpu": ".server_metrics_cpu",
    "ServerMetricsDisk": ".server_metrics_disk",
    "ServerMetricsMemory": ".server_metrics_memory",
    "ServerMetricsProfile": ".server_metrics_profile",
    "ServerStaticHosting": ".server_static_hosting",
    "ServerUpdate": ".server_update",
    "ServerUpdateServer": ".server_update_server",
    "Signup": ".signup",
    "SignupAccount": ".signup_account",
    "SignupCreate": ".signup_create",
    "SignupCreateUtmParams": ".signup_create_utm_params",
    "SignupMcpConfig": ".signup_mcp_config",
    "SignupOauthUrls": ".signup_oauth_urls",
    "SignupSshPublicKey": ".signup_ssh_public_key",
    "SshKey": ".ssh_key",
    "SshKeyCreate": ".ssh_key_create",
    "SshKeyCreateKeyPair": ".ssh_key_create_key_pair",
    "StarResult": ".star_result",
    "StatusMessage": ".status_message",
    "StatusResult": ".status_result",
    "Team": ".team",
    "TeamCreate": ".team_create",
    "TeamCreateTeam": ".team_create_team",
    "TeamMembersItem": ".team_members_item",
    "TeamProjectAssignmentsItem": ".team_project_assignments_item",
    "TeamUpdate": ".team_update",
    "TeamUpdateTeam": ".team_update_team",
    "Template": ".template",
    "TemplateCreate": ".template_create",
    "TemplateCreateTemplate": ".template_create_template",
    "TemplateUpdate": ".template_update",
    "TemplateUpdateTemplate": ".template_update_template",
    "UndeployedChanges": ".undeployed_changes",
    "UndeployedChangesCommitsItem": ".undeployed_changes_commits_item",
    "UploadKeyInput": ".upload_key_input",
    "UploadKeyInputProject": ".upload_key_input_project",
    "User": ".user",
    "UserCreate": ".user_create",
    "UserCreateUser": ".user_create_user",
    "UserSummary": ".user_summary",
    "UserUpdate": ".user_update",
    "UserUpdateUser": ".user_update_user",
    "Zone": ".zone",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "AccessTest",
    "AccessTestResult",
    "AccessTestResultResults",
    "AccessTestResultResultsRepository",
    "AccessTestResultResultsServersItem",
    "Account",
    "AccountUpdate",
    "AccountUpdateAccount",
    "Agent",
    "AgentCreate",
    "AgentCreateAgent",
    "AgentUpdate",
    "AgentUpdateAgent",
    "ApiKey",
    "ApiKeyCreate",
    "ApiKeyCreateApiKey",
    "AssignedServer",
    "AutoDeployments",
    "AutoDeploymentsDeployablesItem",
    "AutoDeploymentsResult",
    "AutoDeploymentsResultDeployablesItem",
    "AutoDeploymentsUpdate",
    "AutoDeploymentsUpdateAutoDeployHash",
    "AutoDeploymentsUpdateAutoDeploySwitch",
    "BetaEnrollment",
    "BetaEnrollmentCreate",
    "BillingStatus",
    "BillingStatusScheduledChange",
    "BuildCacheFile",
    "BuildCacheFileInput",
    "BuildCacheFileInputBuildCacheFile",
    "BuildCommand",
    "BuildCommandInput",
    "BuildCommandInputBuildCommand",
    "BuildEnvironment",
    "BuildEnvironmentPackages",
    "BuildKnownHost",
    "BuildKnownHostCreate",
    "BuildKnownHostCreateBuildKnownHost",
    "BuildLanguageInput",
    "BuildLanguageInputBuildEnvironment",
    "Command",
    "CommandCreate",
    "CommandCreateCommand",
    "CommandServer",
    "CommandUpdate",
    "CommandUpdateCommand",
    "CommitInfo",
    "ConfigFile",
    "ConfigFileInput",
    "ConfigFileInputConfigFile",
    "Deployment",
    "DeploymentCheck",
    "DeploymentCheckCreate",
    "DeploymentCheckCreateDeploymentCheck",
    "DeploymentCheckUpdate",
    "DeploymentCheckUpdateDeploymentCheck",
    "DeploymentConfiguration",
    "DeploymentCreate",
    "DeploymentCreateDeployment",
    "DeploymentCreateSchedule",
    "DeploymentCreateScheduleCustom",
    "DeploymentCreateScheduleDaily",
    "DeploymentCreateScheduleFuture",
    "DeploymentCreateScheduleMonthly",
    "DeploymentCreateScheduleWeekly",
    "DeploymentFiles",
    "DeploymentFilesAdditionalProperty",
    "DeploymentLogEntry",
    "DeploymentMetadata",
    "DeploymentOverview",
    "DeploymentOverviewCreate",
    "DeploymentPage",
    "DeploymentProject",
    "DeploymentServer",
    "DeploymentStep",
    "DeploymentSummary",
    "DeploymentSummaryConfiguration",
    "DeploymentSummaryFiles",
    "DeploymentSummaryFilesAdditionalProperty",
    "DeploymentSummaryMetadata",
    "DeploymentSummaryProject",
    "DeploymentSummaryTimestamps",
    "DeploymentTimestamps",
    "Detection",
    "DetectionBuildCommandsItem",
    "DetectionCreate",
    "DetectionCreateDetection",
    "DetectionCreateDetectionFiles",
    "DetectionStaticHosting",
    "EnvironmentVariable",
    "EnvironmentVariableCreate",
    "EnvironmentVariableCreateEnvironmentVariable",
    "EnvironmentVariableUpdate",
    "EnvironmentVariableUpdateEnvironmentVariable",
    "ExcludedFile",
    "ExcludedFileInput",
    "ExcludedFileInputExcludedFile",
    "GlobalEnvironmentVariableCreate",
    "GlobalEnvironmentVariableCreateEnvironmentVariable",
    "GlobalEnvironmentVariableUpdate",
    "GlobalEnvironmentVariableUpdateEnvironmentVariable",
    "GlobalServerInput",
    "GlobalServerInputServer",
    "HostedResource",
    "HostedResourceListItem",
    "Integration",
    "IntegrationCreate",
    "IntegrationCreateIntegration",
    "IntegrationCreateIntegrationProperties",
    "IntegrationUpdate",
    "IntegrationUpdateIntegration",
    "IntegrationUpdateIntegrationProperties",
    "LanguageVersions",
    "LatestRevision",
    "ManagedHostingRegions",
    "ManagedHostingRegionsGroupedRegions",
    "ManagedHostingSizes",
    "ManagedHostingSizesSizesItem",
    "Pagination",
    "PasswordResetCreate",
    "Profile",
    "ProfileAccount",
    "ProfileUpdate",
    "ProfileUpdateUser",
    "Project",
    "ProjectCreate",
    "ProjectCreateProject",
    "ProjectDetail",
    "ProjectDetailCapabilitiesItem",
    "ProjectInsights",
    "ProjectInsightsServersItem",
    "ProjectInsightsServersItemRecentDeploysItem",
    "ProjectInsightsSummary",
    "ProjectInsightsSummaryActiveServers",
    "ProjectInsightsSummaryAvgDuration",
    "ProjectInsightsSummarySuccessRate",
    "ProjectInsightsSummaryTotalDeploys",
    "ProjectLanguageVersions",
    "ProjectSummary",
    "ProjectUpdate",
    "ProjectUpdateProject",
    "PublicKey",
    "PublicTemplate",
    "PublicTemplateBuildCommandsItem",
    "PublicTemplateConfigFilesItem",
    "PublicTemplateSshCommandsItem",
    "PublicTemplateSummary",
    "RecentCommits",
    "RecentCommitsReleasesItem",
    "RecentCommitsTagsItem",
    "RegenerateKeyInput",
    "RegenerateKeyInputProject",
    "Repository",
    "RepositoryBranches",
    "RepositoryCreate",
    "RepositoryCreateRepository",
    "RepositoryHostingService",
    "RepositoryUpdate",
    "RepositoryUpdateRepository",
    "Revision",
    "RollbackProjectDeploymentBody",
    "ScheduledDeployment",
    "ScheduledDeploymentCreate",
    "ScheduledDeploymentCreateScheduledDeployment",
    "ScheduledDeploymentServer",
    "ScheduledDeploymentUpdate",
    "ScheduledDeploymentUpdateScheduledDeployment",
    "Server",
    "ServerCreate",
    "ServerCreateHostedWebsiteAttributes",
    "ServerCreateServer",
    "ServerGroup",
    "ServerGroupInput",
    "ServerGroupInputServerGroup",
    "ServerGroupServersItem",
    "ServerMetrics",
    "ServerMetricsCpu",
    "ServerMetricsDisk",
    "ServerMetricsMemory",
    "ServerMetricsProfile",
    "ServerStaticHosting",
    "ServerUpdate",
    "ServerUpdateServer",
    "Signup",
    "SignupAccount",
    "SignupCreate",
    "SignupCreateUtmParams",
    "SignupMcpConfig",
    "SignupOauthUrls",
    "SignupSshPublicKey",
    "SshKey",
    "SshKeyCreate",
    "SshKeyCreateKeyPair",
    "StarResult",
    "StatusMessage",
    "StatusResult",
    "Team",
    "TeamCreate",
    "TeamCreateTeam",
    "TeamMembersItem",
    "TeamProjectAssignmentsItem",
    "TeamUpdate",
    "TeamUpdateTeam",
    "Template",
    "TemplateCreate",
    "TemplateCreateTemplate",
    "TemplateUpdate",
    "TemplateUpdateTemplate",
    "UndeployedChanges",
    "UndeployedChangesCommitsItem",
    "UploadKeyInput",
    "UploadKeyInputProject",
    "User",
    "UserCreate",
    "UserCreateUser",
    "UserSummary",
    "UserUpdate",
    "UserUpdateUser",
    "Zone",
)
