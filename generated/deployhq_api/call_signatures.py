"""Typed signatures of `DeployHQ.call`, one per operation (written by scripts/regen.sh).

Only type checkers read this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from .types import UNSET, File, Unset

if TYPE_CHECKING:
    from .models.access_test import AccessTest
    from .models.access_test_result import AccessTestResult
    from .models.account import Account
    from .models.account_update import AccountUpdate
    from .models.agent import Agent
    from .models.agent_create import AgentCreate
    from .models.agent_update import AgentUpdate
    from .models.api_key import ApiKey
    from .models.api_key_create import ApiKeyCreate
    from .models.auto_deployments import AutoDeployments
    from .models.auto_deployments_result import AutoDeploymentsResult
    from .models.auto_deployments_update import AutoDeploymentsUpdate
    from .models.beta_enrollment import BetaEnrollment
    from .models.beta_enrollment_create import BetaEnrollmentCreate
    from .models.billing_status import BillingStatus
    from .models.build_cache_file import BuildCacheFile
    from .models.build_cache_file_input import BuildCacheFileInput
    from .models.build_command import BuildCommand
    from .models.build_command_input import BuildCommandInput
    from .models.build_environment import BuildEnvironment
    from .models.build_known_host import BuildKnownHost
    from .models.build_known_host_create import BuildKnownHostCreate
    from .models.build_language_input import BuildLanguageInput
    from .models.command import Command
    from .models.command_create import CommandCreate
    from .models.command_update import CommandUpdate
    from .models.commit_info import CommitInfo
    from .models.config_file import ConfigFile
    from .models.config_file_input import ConfigFileInput
    from .models.deployment import Deployment
    from .models.deployment_check import DeploymentCheck
    from .models.deployment_check_create import DeploymentCheckCreate
    from .models.deployment_check_update import DeploymentCheckUpdate
    from .models.deployment_create import DeploymentCreate
    from .models.deployment_log_entry import DeploymentLogEntry
    from .models.deployment_overview import DeploymentOverview
    from .models.deployment_overview_create import DeploymentOverviewCreate
    from .models.deployment_page import DeploymentPage
    from .models.detection import Detection
    from .models.detection_create import DetectionCreate
    from .models.environment_variable import EnvironmentVariable
    from .models.environment_variable_create import EnvironmentVariableCreate
    from .models.environment_variable_update import EnvironmentVariableUpdate
    from .models.excluded_file import ExcludedFile
    from .models.excluded_file_input import ExcludedFileInput
    from .models.global_environment_variable_create import GlobalEnvironmentVariableCreate
    from .models.global_environment_variable_update import GlobalEnvironmentVariableUpdate
    from .models.global_server_input import GlobalServerInput
    from .models.hosted_resource import HostedResource
    from .models.hosted_resource_list_item import HostedResourceListItem
    from .models.integration import Integration
    from .models.integration_create import IntegrationCreate
    from .models.integration_update import IntegrationUpdate
    from .models.language_versions import LanguageVersions
    from .models.latest_revision import LatestRevision
    from .models.managed_hosting_regions import ManagedHostingRegions
    from .models.managed_hosting_sizes import ManagedHostingSizes
    from .models.password_reset_create import PasswordResetCreate
    from .models.profile import Profile
    from .models.profile_update import ProfileUpdate
    from .models.project import Project
    from .models.project_create import ProjectCreate
    from .models.project_detail import ProjectDetail
    from .models.project_insights import ProjectInsights
    from .models.project_language_versions import ProjectLanguageVersions
    from .models.project_summary import ProjectSummary
    from .models.project_update import ProjectUpdate
    from .models.public_key import PublicKey
    from .models.public_template import PublicTemplate
    from .models.public_template_summary import PublicTemplateSummary
    from .models.recent_commits import RecentCommits
    from .models.regenerate_key_input import RegenerateKeyInput
    from .models.repository import Repository
    from .models.repository_branches import RepositoryBranches
    from .models.repository_create import RepositoryCreate
    from .models.repository_update import RepositoryUpdate
    from .models.rollback_project_deployment_body import RollbackProjectDeploymentBody
    from .models.scheduled_deployment import ScheduledDeployment
    from .models.scheduled_deployment_create import ScheduledDeploymentCreate
    from .models.scheduled_deployment_update import ScheduledDeploymentUpdate
    from .models.server import Server
    from .models.server_create import ServerCreate
    from .models.server_group import ServerGroup
    from .models.server_group_input import ServerGroupInput
    from .models.server_metrics import ServerMetrics
    from .models.server_update import ServerUpdate
    from .models.signup import Signup
    from .models.signup_create import SignupCreate
    from .models.ssh_key import SshKey
    from .models.ssh_key_create import SshKeyCreate
    from .models.star_result import StarResult
    from .models.status_message import StatusMessage
    from .models.status_result import StatusResult
    from .models.team import Team
    from .models.team_create import TeamCreate
    from .models.team_update import TeamUpdate
    from .models.template import Template
    from .models.template_create import TemplateCreate
    from .models.template_update import TemplateUpdate
    from .models.undeployed_changes import UndeployedChanges
    from .models.upload_key_input import UploadKeyInput
    from .models.user import User
    from .models.user_create import UserCreate
    from .models.user_summary import UserSummary
    from .models.user_update import UserUpdate
    from .models.zone import Zone


class Call(Protocol):
    @overload
    async def __call__(
        self,
        operation: Literal["billingStatusAccountBillingStatus", "billing_status_account_billing_status"],
        /,
        *,
        max_retries: int | None = None,
    ) -> BillingStatus: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getAccount", "get_account"],
        /,
        *,
        max_retries: int | None = None,
    ) -> Account: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceAccount", "replace_account"],
        /,
        *,
        body: AccountUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Account: ...
    @overload
    async def __call__(
        self,
        operation: Literal["resetPasswordSubmitReset", "reset_password_submit_reset"],
        /,
        *,
        body: PasswordResetCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> StatusMessage: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateAccount", "update_account"],
        /,
        *,
        body: AccountUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Account: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectAutoDeployment", "create_project_auto_deployment"],
        /,
        project_id: str,
        *,
        body: AutoDeploymentsUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> AutoDeploymentsResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectAutoDeployments", "list_project_auto_deployments"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> AutoDeployments: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createBetumEnrollment", "create_betum_enrollment"],
        /,
        *,
        body: BetaEnrollmentCreate | Mapping[str, Any] | Unset = UNSET,
        max_retries: int | None = None,
    ) -> BetaEnrollment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectBuildCacheFile", "create_project_build_cache_file"],
        /,
        project_id: str,
        *,
        body: BuildCacheFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildCacheFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectBuildCacheFile", "delete_project_build_cache_file"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectBuildCacheFiles", "list_project_build_cache_files"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[BuildCacheFile]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectBuildCacheFile", "replace_project_build_cache_file"],
        /,
        project_id: str,
        id: str,
        *,
        body: BuildCacheFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildCacheFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectBuildCacheFile", "update_project_build_cache_file"],
        /,
        project_id: str,
        id: str,
        *,
        body: BuildCacheFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildCacheFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectBuildCommand", "create_project_build_command"],
        /,
        project_id: str,
        *,
        body: BuildCommandInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildCommand: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectBuildCommand", "delete_project_build_command"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectBuildCommands", "list_project_build_commands"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[BuildCommand]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectBuildCommand", "replace_project_build_command"],
        /,
        project_id: str,
        id: str,
        *,
        body: BuildCommandInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildCommand: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectBuildCommand", "update_project_build_command"],
        /,
        project_id: str,
        id: str,
        *,
        body: BuildCommandInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildCommand: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectBuildConfiguration", "create_project_build_configuration"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectBuildConfiguration", "delete_project_build_configuration"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectBuildConfiguration", "get_project_build_configuration"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectBuildConfigurationById", "get_project_build_configuration_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectBuildConfigurations", "list_project_build_configurations"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[BuildEnvironment]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectBuildConfiguration", "replace_project_build_configuration"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectBuildConfiguration", "update_project_build_configuration"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectBuildKnownHost", "create_project_build_known_host"],
        /,
        project_id: str,
        *,
        body: BuildKnownHostCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildKnownHost: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectBuildKnownHost", "delete_project_build_known_host"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectBuildKnownHosts", "list_project_build_known_hosts"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[BuildKnownHost]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectConfigFile", "create_project_config_file"],
        /,
        project_id: str,
        *,
        body: ConfigFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectConfigFile", "delete_project_config_file"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectConfigFileById", "get_project_config_file_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectConfigFiles", "list_project_config_files"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[ConfigFile]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectConfigFile", "replace_project_config_file"],
        /,
        project_id: str,
        id: str,
        *,
        body: ConfigFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectConfigFile", "update_project_config_file"],
        /,
        project_id: str,
        id: str,
        *,
        body: ConfigFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectDeploymentCheck", "create_project_deployment_check"],
        /,
        project_id: str,
        *,
        body: DeploymentCheckCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> DeploymentCheck: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectDeploymentCheck", "delete_project_deployment_check"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectDeploymentCheckById", "get_project_deployment_check_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> DeploymentCheck: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectDeploymentChecks", "list_project_deployment_checks"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[DeploymentCheck]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectDeploymentCheck", "replace_project_deployment_check"],
        /,
        project_id: str,
        id: str,
        *,
        body: DeploymentCheckUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> DeploymentCheck: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectDeploymentCheck", "update_project_deployment_check"],
        /,
        project_id: str,
        id: str,
        *,
        body: DeploymentCheckUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> DeploymentCheck: ...
    @overload
    async def __call__(
        self,
        operation: Literal["abortProjectDeployment", "abort_project_deployment"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectDeployment", "create_project_deployment"],
        /,
        project_id: str,
        *,
        body: DeploymentCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Deployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectDeploymentById", "get_project_deployment_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Deployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectDeploymentStepLogs", "list_project_deployment_step_logs"],
        /,
        project_id: str,
        deployment_id: str,
        step_id: str,
        *,
        before: int | Unset = UNSET,
        download: bool | Unset = UNSET,
        max_retries: int | None = None,
    ) -> list[DeploymentLogEntry]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectDeployments", "list_project_deployments"],
        /,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        to: str | Unset = UNSET,
        currently_running: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> DeploymentPage: ...
    @overload
    async def __call__(
        self,
        operation: Literal["retryProjectDeploymentRetry", "retry_project_deployment_retry"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Deployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["rollbackProjectDeployment", "rollback_project_deployment"],
        /,
        project_id: str,
        id: str,
        *,
        body: RollbackProjectDeploymentBody | Mapping[str, Any] | Unset = UNSET,
        max_retries: int | None = None,
    ) -> Deployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createDetection", "create_detection"],
        /,
        *,
        body: DetectionCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Detection: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectEnvironmentVariable", "create_project_environment_variable"],
        /,
        project_id: str,
        *,
        body: EnvironmentVariableCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectEnvironmentVariable", "delete_project_environment_variable"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectEnvironmentVariableById", "get_project_environment_variable_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectEnvironmentVariables", "list_project_environment_variables"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[EnvironmentVariable]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectEnvironmentVariable", "replace_project_environment_variable"],
        /,
        project_id: str,
        id: str,
        *,
        body: EnvironmentVariableUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectEnvironmentVariable", "update_project_environment_variable"],
        /,
        project_id: str,
        id: str,
        *,
        body: EnvironmentVariableUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectExcludedFile", "create_project_excluded_file"],
        /,
        project_id: str,
        *,
        body: ExcludedFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ExcludedFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectExcludedFile", "delete_project_excluded_file"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectExcludedFileById", "get_project_excluded_file_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> ExcludedFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectExcludedFiles", "list_project_excluded_files"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[ExcludedFile]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectExcludedFile", "replace_project_excluded_file"],
        /,
        project_id: str,
        id: str,
        *,
        body: ExcludedFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ExcludedFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectExcludedFile", "update_project_excluded_file"],
        /,
        project_id: str,
        id: str,
        *,
        body: ExcludedFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ExcludedFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createGlobalConfigFile", "create_global_config_file"],
        /,
        *,
        body: ConfigFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteGlobalConfigFile", "delete_global_config_file"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getGlobalConfigFile", "get_global_config_file"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listGlobalConfigFiles", "list_global_config_files"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[ConfigFile]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceGlobalConfigFile", "replace_global_config_file"],
        /,
        id: str,
        *,
        body: ConfigFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateGlobalConfigFile", "update_global_config_file"],
        /,
        id: str,
        *,
        body: ConfigFileInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ConfigFile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createGlobalEnvironmentVariable", "create_global_environment_variable"],
        /,
        *,
        body: GlobalEnvironmentVariableCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteGlobalEnvironmentVariable", "delete_global_environment_variable"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getGlobalEnvironmentVariable", "get_global_environment_variable"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listGlobalEnvironmentVariables", "list_global_environment_variables"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[EnvironmentVariable]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceGlobalEnvironmentVariable", "replace_global_environment_variable"],
        /,
        id: str,
        *,
        body: GlobalEnvironmentVariableUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateGlobalEnvironmentVariable", "update_global_environment_variable"],
        /,
        id: str,
        *,
        body: GlobalEnvironmentVariableUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> EnvironmentVariable: ...
    @overload
    async def __call__(
        self,
        operation: Literal["copyToProjectGlobalServer", "copy_to_project_global_server"],
        /,
        id: str,
        *,
        project_id: str,
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createGlobalServer", "create_global_server"],
        /,
        *,
        body: GlobalServerInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteGlobalServer", "delete_global_server"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getGlobalServer", "get_global_server"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listGlobalServers", "list_global_servers"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[Server]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceGlobalServer", "replace_global_server"],
        /,
        id: str,
        *,
        body: GlobalServerInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateGlobalServer", "update_global_server"],
        /,
        id: str,
        *,
        body: GlobalServerInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getHostedResource", "get_hosted_resource"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> HostedResource: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listHostedResources", "list_hosted_resources"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[HostedResourceListItem]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["retryProvisionHostedResourceRetryProvision", "retry_provision_hosted_resource_retry_provision"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["syncHostedResourceSync", "sync_hosted_resource_sync"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectIntegration", "create_project_integration"],
        /,
        project_id: str,
        *,
        body: IntegrationCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Integration: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectIntegration", "delete_project_integration"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectIntegrationById", "get_project_integration_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Integration: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectIntegrations", "list_project_integrations"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[Integration]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectIntegration", "replace_project_integration"],
        /,
        project_id: str,
        id: str,
        *,
        body: IntegrationUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Integration: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectIntegration", "update_project_integration"],
        /,
        project_id: str,
        id: str,
        *,
        body: IntegrationUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Integration: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listLanguageVersions", "list_language_versions"],
        /,
        *,
        max_retries: int | None = None,
    ) -> LanguageVersions: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectLanguageVersions", "list_project_language_versions"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> ProjectLanguageVersions: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectBuildConfigurationBuildLanguage", "replace_project_build_configuration_build_language"],
        /,
        project_id: str,
        override_build_configuration_id: str,
        id: str,
        *,
        body: BuildLanguageInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectBuildLanguage", "replace_project_build_language"],
        /,
        project_id: str,
        id: str,
        *,
        body: BuildLanguageInput | Mapping[str, Any],
        override_build_configuration_id: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectBuildConfigurationBuildLanguage", "update_project_build_configuration_build_language"],
        /,
        project_id: str,
        override_build_configuration_id: str,
        id: str,
        *,
        body: BuildLanguageInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectBuildLanguage", "update_project_build_language"],
        /,
        project_id: str,
        id: str,
        *,
        body: BuildLanguageInput | Mapping[str, Any],
        override_build_configuration_id: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> BuildEnvironment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listManagedHostingRegions", "list_managed_hosting_regions"],
        /,
        *,
        max_retries: int | None = None,
    ) -> ManagedHostingRegions: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listManagedHostingSizes", "list_managed_hosting_sizes"],
        /,
        *,
        max_retries: int | None = None,
    ) -> ManagedHostingSizes: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createAgent", "create_agent"],
        /,
        *,
        body: AgentCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Agent: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteAgent", "delete_agent"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listAgents", "list_agents"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[Agent]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceAgent", "replace_agent"],
        /,
        id: str,
        *,
        body: AgentUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Agent: ...
    @overload
    async def __call__(
        self,
        operation: Literal["revokeAgent", "revoke_agent"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateAgent", "update_agent"],
        /,
        id: str,
        *,
        body: AgentUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Agent: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProfile", "get_profile"],
        /,
        *,
        max_retries: int | None = None,
    ) -> Profile: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProfile", "replace_profile"],
        /,
        *,
        body: ProfileUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProfile", "update_profile"],
        /,
        *,
        body: ProfileUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["aiDeploymentOverviewProject", "ai_deployment_overview_project"],
        /,
        id: str,
        *,
        body: DeploymentOverviewCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> DeploymentOverview: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProject", "create_project"],
        /,
        *,
        body: ProjectCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Project: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProject", "delete_project"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProject", "get_project"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> ProjectDetail: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectInsights", "list_project_insights"],
        /,
        id: str,
        *,
        period: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> ProjectInsights: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjects", "list_projects"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[ProjectSummary]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["regenerateKeyProjectRegenerateKey", "regenerate_key_project_regenerate_key"],
        /,
        id: str,
        *,
        body: RegenerateKeyInput | Mapping[str, Any] | Unset = UNSET,
        max_retries: int | None = None,
    ) -> PublicKey: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProject", "replace_project"],
        /,
        id: str,
        *,
        body: ProjectUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Project: ...
    @overload
    async def __call__(
        self,
        operation: Literal["starProject", "star_project"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> StarResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["statusBadgeStatusBadge", "status_badge_status_badge"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> bytes: ...
    @overload
    async def __call__(
        self,
        operation: Literal["statusBadgeStatusBadgeByIdentifier", "status_badge_status_badge_by_identifier"],
        /,
        id: str,
        identifier: str,
        *,
        max_retries: int | None = None,
    ) -> bytes: ...
    @overload
    async def __call__(
        self,
        operation: Literal["undeployedChangesProjectUndeployedChange", "undeployed_changes_project_undeployed_change"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> UndeployedChanges: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProject", "update_project"],
        /,
        id: str,
        *,
        body: ProjectUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Project: ...
    @overload
    async def __call__(
        self,
        operation: Literal["uploadKeyProject", "upload_key_project"],
        /,
        id: str,
        *,
        body: UploadKeyInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> PublicKey: ...
    @overload
    async def __call__(
        self,
        operation: Literal["branchesProjectRepository", "branches_project_repository"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> RepositoryBranches: ...
    @overload
    async def __call__(
        self,
        operation: Literal["commitInfoProjectRepository", "commit_info_project_repository"],
        /,
        project_id: str,
        *,
        commit: str,
        max_retries: int | None = None,
    ) -> CommitInfo: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectRepository", "create_project_repository"],
        /,
        project_id: str,
        *,
        body: RepositoryCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Repository: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectRepository", "get_project_repository"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> Repository: ...
    @overload
    async def __call__(
        self,
        operation: Literal["latestRevisionProjectRepository", "latest_revision_project_repository"],
        /,
        project_id: str,
        *,
        branch: str,
        max_retries: int | None = None,
    ) -> LatestRevision: ...
    @overload
    async def __call__(
        self,
        operation: Literal["recentCommitsProjectRepository", "recent_commits_project_repository"],
        /,
        project_id: str,
        *,
        branch: str,
        update: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> RecentCommits: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectRepository", "replace_project_repository"],
        /,
        project_id: str,
        *,
        body: RepositoryUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Repository: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectRepository", "update_project_repository"],
        /,
        project_id: str,
        *,
        body: RepositoryUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Repository: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectScheduledDeployment", "create_project_scheduled_deployment"],
        /,
        project_id: str,
        *,
        body: ScheduledDeploymentCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ScheduledDeployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectScheduledDeployment", "delete_project_scheduled_deployment"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectScheduledDeploymentById", "get_project_scheduled_deployment_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> ScheduledDeployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectScheduledDeployments", "list_project_scheduled_deployments"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[ScheduledDeployment]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectScheduledDeployment", "replace_project_scheduled_deployment"],
        /,
        project_id: str,
        id: str,
        *,
        body: ScheduledDeploymentUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ScheduledDeployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectScheduledDeployment", "update_project_scheduled_deployment"],
        /,
        project_id: str,
        id: str,
        *,
        body: ScheduledDeploymentUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ScheduledDeployment: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createSecurityApiKey", "create_security_api_key"],
        /,
        *,
        body: ApiKeyCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ApiKey: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteSecurityApiKey", "delete_security_api_key"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectServerGroup", "create_project_server_group"],
        /,
        project_id: str,
        *,
        body: ServerGroupInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ServerGroup: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectServerGroup", "delete_project_server_group"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectServerGroupById", "get_project_server_group_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> ServerGroup: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectServerGroups", "list_project_server_groups"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[ServerGroup]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectServerGroup", "replace_project_server_group"],
        /,
        project_id: str,
        id: str,
        *,
        body: ServerGroupInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ServerGroup: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectServerGroup", "update_project_server_group"],
        /,
        project_id: str,
        id: str,
        *,
        body: ServerGroupInput | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> ServerGroup: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectServer", "create_project_server"],
        /,
        project_id: str,
        *,
        body: ServerCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectServer", "delete_project_server"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectServerById", "get_project_server_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectServers", "list_project_servers"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[Server]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectServer", "replace_project_server"],
        /,
        project_id: str,
        id: str,
        *,
        body: ServerUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["resetHostKeyProjectServer", "reset_host_key_project_server"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["serverMetricsProjectServerServerMetric", "server_metrics_project_server_server_metric"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> ServerMetrics: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectServer", "update_project_server"],
        /,
        project_id: str,
        id: str,
        *,
        body: ServerUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Server: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createSignup", "create_signup"],
        /,
        *,
        body: SignupCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Signup: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectCommand", "create_project_command"],
        /,
        project_id: str,
        *,
        body: CommandCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectSshCommand", "create_project_ssh_command"],
        /,
        project_id: str,
        *,
        body: CommandCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectCommand", "delete_project_command"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteProjectSshCommand", "delete_project_ssh_command"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectCommandById", "get_project_command_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectSshCommandById", "get_project_ssh_command_by_id"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectCommands", "list_project_commands"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[Command]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listProjectSshCommands", "list_project_ssh_commands"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> list[Command]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectCommand", "replace_project_command"],
        /,
        project_id: str,
        id: str,
        *,
        body: CommandUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceProjectSshCommand", "replace_project_ssh_command"],
        /,
        project_id: str,
        id: str,
        *,
        body: CommandUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectCommand", "update_project_command"],
        /,
        project_id: str,
        id: str,
        *,
        body: CommandUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateProjectSshCommand", "update_project_ssh_command"],
        /,
        project_id: str,
        id: str,
        *,
        body: CommandUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Command: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createSshKey", "create_ssh_key"],
        /,
        *,
        body: SshKeyCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> SshKey: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteSshKey", "delete_ssh_key"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["downloadPrivateKeySshKeyDownloadPrivateKey", "download_private_key_ssh_key_download_private_key"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> str: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listSshKeys", "list_ssh_keys"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[SshKey]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createTeam", "create_team"],
        /,
        *,
        body: TeamCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Team: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteTeam", "delete_team"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getTeam", "get_team"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> Team: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listTeams", "list_teams"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[Team]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceTeam", "replace_team"],
        /,
        id: str,
        *,
        body: TeamUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Team: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateTeam", "update_team"],
        /,
        id: str,
        *,
        body: TeamUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Team: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createTemplate", "create_template"],
        /,
        *,
        body: TemplateCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Template: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteTemplate", "delete_template"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listTemplates", "list_templates"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[Template]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["publicTemplatesTemplate", "public_templates_template"],
        /,
        *,
        framework_type: str | Unset = UNSET,
        max_retries: int | None = None,
    ) -> list[PublicTemplateSummary]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceTemplate", "replace_template"],
        /,
        id: str,
        *,
        body: TemplateUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Template: ...
    @overload
    async def __call__(
        self,
        operation: Literal["showPublicTemplateTemplatePublic", "show_public_template_template_public"],
        /,
        id: str,
        public_id: str,
        *,
        max_retries: int | None = None,
    ) -> PublicTemplate: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateTemplate", "update_template"],
        /,
        id: str,
        *,
        body: TemplateUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> Template: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectServerTestAccess", "create_project_server_test_access"],
        /,
        project_id: str,
        server_id: str,
        *,
        max_retries: int | None = None,
    ) -> AccessTest: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createProjectTestAccess", "create_project_test_access"],
        /,
        project_id: str,
        *,
        max_retries: int | None = None,
    ) -> AccessTest: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getProjectTestAccess", "get_project_test_access"],
        /,
        project_id: str,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> AccessTestResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["createUser", "create_user"],
        /,
        *,
        body: UserCreate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> UserSummary: ...
    @overload
    async def __call__(
        self,
        operation: Literal["deleteUser", "delete_user"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> None | StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["getUser", "get_user"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> User: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listUsers", "list_users"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[User]: ...
    @overload
    async def __call__(
        self,
        operation: Literal["replaceUser", "replace_user"],
        /,
        id: str,
        *,
        body: UserUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> UserSummary: ...
    @overload
    async def __call__(
        self,
        operation: Literal["resendInvitationUserResendInvitation", "resend_invitation_user_resend_invitation"],
        /,
        id: str,
        *,
        max_retries: int | None = None,
    ) -> StatusResult: ...
    @overload
    async def __call__(
        self,
        operation: Literal["updateUser", "update_user"],
        /,
        id: str,
        *,
        body: UserUpdate | Mapping[str, Any],
        max_retries: int | None = None,
    ) -> UserSummary: ...
    @overload
    async def __call__(
        self,
        operation: Literal["listZones", "list_zones"],
        /,
        *,
        max_retries: int | None = None,
    ) -> list[Zone]: ...
    @overload
    async def __call__(
        self, operation: ModuleType, /, *args: Any, max_retries: int | None = None, **arguments: Any
    ) -> Any: ...
