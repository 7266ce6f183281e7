@echo off
rem fp: the command-line tool of fpkit ${project.version}. Runs fp.jar from the folder of this file:
rem put that folder on the PATH (README.md, "The fp tool"). JAVA_HOME picks the Java to run
rem (else java on the PATH); JAVA_OPTS adds options for the JVM, for example -Xmx2g.
setlocal
set "FP_JAVA=java"
if defined JAVA_HOME set "FP_JAVA=%JAVA_HOME%\bin\java"
rem fp.jsa beside fp.jar (class-data sharing) makes a run start sooner; a JVM that cannot use it ignores it.
set "FP_CDS="
if exist "%~dp0fp.jsa" set "FP_CDS=-XX:SharedArchiveFile="%~dp0fp.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off"
"%FP_JAVA%" %FP_CDS% %JAVA_OPTS% -jar "%~dp0fp.jar" %*
exit /b %ERRORLEVEL%
