@echo off
rem Runs the analyzer from this distribution, from any folder: bin\analyzer COMMAND [OPTIONS] (see --help).
rem Needs Java 17+ (JAVA_HOME, else java on the PATH); ANALYZER_OPTS adds JVM options, e.g. -Xmx4g.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %ANALYZER_OPTS% -cp "%APP_HOME%\analyzer.jar;%APP_HOME%\lib\*" org.diplomatic.analyzer.cli.Main %*
exit /b %ERRORLEVEL%
