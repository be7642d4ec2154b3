@echo off
rem The sscp command, from the distribution. Needs Java 17 or newer on PATH (or JAVA_HOME).
setlocal
set "HERE=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if "%~1"=="ingest" set "OPTS="
"%JAVA%" %OPTS% %SSCP_JAVA_OPTS% -jar "%HERE%\lib\sscp.jar" %*
exit /b %ERRORLEVEL%
